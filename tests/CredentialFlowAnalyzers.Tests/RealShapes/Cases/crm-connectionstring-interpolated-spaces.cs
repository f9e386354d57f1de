// source: https://github.com/MicrosoftDocs/powerapps-docs (Dataverse quick start: string conn = $@" Url = {url}; AuthType =
// source:   OAuth; UserName = {userName}; Password = {password}; AppId = 51f81489-...; RedirectUri = app://58145B91-...;
// source:   LoginPrompt=Auto; RequireNewInstance = True"; new CrmServiceClient(conn)), copied into many consoles
// target: net472
// stubs: Microsoft.Xrm.Tooling.Connector
using System;
using Microsoft.Xrm.Tooling.Connector;

namespace PowerApps.Samples
{
    class Program
    {
        static void Main()
        {
            // e.g. https://yourorg.crm.dynamics.com
            string url = "https://contoso.crm.dynamics.com/";
            // e.g. you@yourorg.onmicrosoft.com
            string userName = "someone@contoso.onmicrosoft.com";
            // e.g. y0urp455w0rd
            string password = Environment.GetEnvironmentVariable("DATAVERSE_PASSWORD");

            string conn = {|CFA4006:$@"
    Url = {url};
    AuthType = OAuth;
    UserName = {userName};
    Password = {password};
    AppId = 51f81489-12ee-4a9e-aaae-a2591f45987d;
    RedirectUri = app://58145B91-0C36-4500-8554-080854F2AC97;
    LoginPrompt=Auto;
    RequireNewInstance = True"|};

            using (var svc = new CrmServiceClient(conn))
            {
                Console.WriteLine(svc.IsReady);
            }
        }
    }
}
