// source: https://github.com/israaoliver/Dynamics TCC/.../ConnectionsFactory/ConnectionDynamics2.cs (the connection string as a
// source:   concatenation of literals over several lines, AuthType=OAuth with Username and Password)
// target: net472
// stubs: Microsoft.Xrm.Tooling.Connector
using Microsoft.Xrm.Tooling.Connector;

namespace TechnoConsole.ConnectionsFactory
{
    class ConnectionDynamics2
    {
        public static CrmServiceClient GetCrmService()
        {
            string connectionString =
                {|CFA4006:"AuthType=OAuth;" +
                "Username=dyn@contoso.onmicrosoft.com;" +
                "Password=" + "Fyi@2021;" +
                "Url=https://contoso.crm2.dynamics.com;" +
                "AppId=51f81489-12ee-4a9e-aaae-a2591f45987d;" +
                "RedirectUri=app://58145B91-0C36-4500-8554-080854F2AC97;"|};

            return new CrmServiceClient(connectionString);
        }
    }
}
