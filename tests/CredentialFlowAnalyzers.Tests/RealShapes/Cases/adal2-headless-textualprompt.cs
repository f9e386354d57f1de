// source: https://github.com/Azure-Samples/active-directory-dotnet-native-headless TodoListClient/Program.cs (ADAL 2.x era:
// source:   a TextualPrompt() helper returns the user credential, the caller acquires the token in a try block)
// target: net472
// stubs: Microsoft.IdentityModel.Clients.ActiveDirectory.2.x
// lang: 6
using System;
using System.Configuration;
using System.Threading.Tasks;
using Microsoft.IdentityModel.Clients.ActiveDirectory;

namespace TodoListClient
{
    class Program
    {
        private static string clientId = ConfigurationManager.AppSettings["ida:ClientId"];
        private static string todoListResourceId = ConfigurationManager.AppSettings["todo:TodoListResourceId"];
        private static AuthenticationContext authContext = new AuthenticationContext("https://login.microsoftonline.com/contoso.onmicrosoft.com");

        static UserCredential TextualPrompt()
        {
            Console.WriteLine("User>");
            string user = Console.ReadLine();
            Console.WriteLine("Password>");
            string password = ReadPasswordFromConsole();
            return {|CFA1004:new UserCredential(user, password)|};
        }

        static string ReadPasswordFromConsole()
        {
            string password = string.Empty;
            ConsoleKeyInfo key;
            do
            {
                key = Console.ReadKey(true);
                if (key.Key != ConsoleKey.Enter)
                {
                    password += key.KeyChar;
                }
            }
            while (key.Key != ConsoleKey.Enter);
            return password;
        }

        static async Task ListTodo()
        {
            AuthenticationResult result = null;
            try
            {
                result = await authContext.AcquireTokenSilentAsync(todoListResourceId, clientId);
            }
            catch (AdalException)
            {
            }

            if (result == null)
            {
                UserCredential uc = TextualPrompt();
                // if you want to use Windows integrated auth, comment the line above and uncomment the one below
                // UserCredential uc = new UserCredential();
                try
                {
                    result = authContext.AcquireTokenAsync(todoListResourceId, clientId, uc).Result;
                }
                catch (Exception ee)
                {
                    Console.WriteLine(ee.Message);
                    return;
                }
            }

            Console.WriteLine(result.AccessToken.Length);
        }

        static void Main()
        {
            ListTodo().Wait();
        }
    }
}
