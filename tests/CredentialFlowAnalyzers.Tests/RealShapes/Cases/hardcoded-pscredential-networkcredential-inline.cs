// source: https://gist.github.com/gscales/66cacbef64087a5c89587f1ce6a739fa ("Exchange Online Remote Powershell MSAL ROPC":
// source:   PSCredential pSCredential = new PSCredential("user@...", new NetworkCredential("", "pass##").SecurePassword), then
// source:   MSAL AcquireTokenByUsernamePassword with pSCredential.UserName / pSCredential.Password)
// refs: modern, handrolled
using System.Management.Automation;
using System.Net;
using Microsoft.Identity.Client;

namespace ExoRps
{
    internal static class Program
    {
        private static void Main()
        {
            PSCredential pSCredential = new PSCredential("user@contoso.onmicrosoft.com", new NetworkCredential("", {|CFA2002:"pass##"|}).SecurePassword);
            string MailboxName = pSCredential.UserName;
            string scope = "https://outlook.office365.com/.default";
            string ClientId = "a0c73c16-a7e3-4564-9a95-2bdf47383716";
            PublicClientApplicationBuilder pcaConfig = PublicClientApplicationBuilder.Create(ClientId);
            pcaConfig.WithTenantId("contoso.onmicrosoft.com");
#pragma warning disable CS0618
            var TokenResult = {|CFA1001:pcaConfig.Build().AcquireTokenByUsernamePassword(new[] { scope }, pSCredential.UserName, pSCredential.Password)|}.ExecuteAsync().Result;
#pragma warning restore CS0618
            System.Console.WriteLine(MailboxName + TokenResult.ExpiresOn);
        }
    }
}
