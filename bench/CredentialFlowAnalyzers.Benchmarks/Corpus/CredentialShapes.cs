using System.Collections.Generic;

namespace CredentialFlowAnalyzers.Benchmarks.Corpus
{
    /// <summary>
    /// One credential call site as it appears in real partner-integration code: the usings it needs and a method.
    /// <c>%SECRET%</c> marks a password position (the benchmark writes a realistic password there, the robustness
    /// harness a distinctive marker it then looks for in messages); <c>%USER%</c> a user name.
    /// </summary>
    public sealed class CredentialShape
    {
        public CredentialShape(string name, string usings, string member, string? needsAssembly = null)
        {
            Name = name;
            Usings = usings;
            Member = member;
            NeedsAssembly = needsAssembly;
        }

        public string Name { get; }

        /// <summary>Using directives, one a line.</summary>
        public string Usings { get; }

        /// <summary>A method (or a few members) for a class body.</summary>
        public string Member { get; }

        /// <summary>The vendor assembly the shape needs, when not a framework or always-referenced one.</summary>
        public string? NeedsAssembly { get; }

        public string Render(string secret, string user) => Member.Replace("%SECRET%", secret).Replace("%USER%", user);

        public string RenderFile(string ns, string className, string secret, string user) =>
            Usings + "\n\nnamespace " + ns + "\n{\n    public sealed class " + className + "\n    {\n" + Indent(Render(secret, user)) + "    }\n}\n";

        private static string Indent(string member)
        {
            var lines = member.Replace("\r\n", "\n").TrimEnd('\n').Split('\n');
            var sb = new System.Text.StringBuilder();
            foreach (string line in lines)
            {
                sb.Append(line.Length == 0 ? "" : "        " + line).Append('\n');
            }

            return sb.ToString();
        }
    }

    /// <summary>Every credential shape the rules target (per the reference material), C# side.</summary>
    public static class CredentialShapes
    {
        public static readonly IReadOnlyList<CredentialShape> All = new[]
        {
            new CredentialShape("MsalPublicRopc", "using System.Collections.Generic;\nusing System.Threading.Tasks;\nusing Microsoft.Identity.Client;", @"
public async Task<string> GetGraphTokenAsync(string clientId, string tenantId)
{
    IPublicClientApplication app = PublicClientApplicationBuilder.Create(clientId)
        .WithAuthority(AzureCloudInstance.AzurePublic, tenantId)
        .Build();
    string[] scopes = new[] { ""https://graph.microsoft.com/.default"" };
#pragma warning disable CS0618
    AuthenticationResult result = await app.AcquireTokenByUsernamePassword(scopes, ""%USER%"", ""%SECRET%"").ExecuteAsync();
#pragma warning restore CS0618
    return result.AccessToken;
}
"),
            new CredentialShape("MsalPublicRopcSecureString", "using System.Security;\nusing System.Threading.Tasks;\nusing Microsoft.Identity.Client;", @"
public async Task<AuthenticationResult> SignInPartnerCenterAsync(IPublicClientApplication app, string userName)
{
    var password = new SecureString();
    foreach (char c in ""%SECRET%"")
    {
        password.AppendChar(c);
    }

#pragma warning disable CS0618
    return await app.AcquireTokenByUsernamePassword(new[] { ""https://api.partnercenter.microsoft.com/user_impersonation"" }, userName, password)
        .ExecuteAsync()
        .ConfigureAwait(false);
#pragma warning restore CS0618
}
"),
            new CredentialShape("MsalConfidentialRopc", "using System.Threading.Tasks;\nusing Microsoft.Identity.Client;", @"
public async Task<string> GetDelegatedTokenAsync(string clientId, string clientSecret, string tenantId, string userName, string userPassword)
{
    IConfidentialClientApplication cca = ConfidentialClientApplicationBuilder.Create(clientId)
        .WithClientSecret(clientSecret)
        .WithTenantId(tenantId)
        .Build();
    var result = await ((IByUsernameAndPassword)cca)
        .AcquireTokenByUsernamePassword(new[] { ""User.Read"" }, userName, userPassword)
        .ExecuteAsync();
    return result.AccessToken;
}
"),
            new CredentialShape("AdalUserPasswordCredential", "using System.Threading.Tasks;\nusing Microsoft.IdentityModel.Clients.ActiveDirectory;", @"
public async Task<string> GetPartnerCenterTokenAsync(string authority, string clientId)
{
    var context = new AuthenticationContext(authority);
    var credential = new UserPasswordCredential(""%USER%"", ""%SECRET%"");
    AuthenticationResult result = await context.AcquireTokenAsync(""https://api.partnercenter.microsoft.com"", clientId, credential);
    return result.AccessToken;
}
"),
            new CredentialShape("AzureIdentityUsernamePassword", "using Azure.Core;\nusing Azure.Identity;", @"
public TokenCredential CreateCredential(string tenantId, string clientId)
{
#pragma warning disable CS0618
    return new UsernamePasswordCredential(""%USER%"", ""%SECRET%"", tenantId, clientId, new UsernamePasswordCredentialOptions { AuthorityHost = AzureAuthorityHosts.AzurePublicCloud });
#pragma warning restore CS0618
}
"),
            new CredentialShape("RawGrantDictionary", "using System.Collections.Generic;\nusing System.Net.Http;\nusing System.Threading.Tasks;", @"
public async Task<string> RequestTokenAsync(HttpClient http, string tenant, string clientId, string userName)
{
    var body = new FormUrlEncodedContent(new Dictionary<string, string>
    {
        [""grant_type""] = ""password"",
        [""client_id""] = clientId,
        [""resource""] = ""https://api.partnercenter.microsoft.com"",
        [""username""] = userName,
        [""password""] = ""%SECRET%"",
    });
    HttpResponseMessage response = await http.PostAsync(""https://login.microsoftonline.com/"" + tenant + ""/oauth2/token"", body);
    return await response.Content.ReadAsStringAsync();
}
"),
            new CredentialShape("RawGrantKeyValuePairs", "using System.Collections.Generic;\nusing System.Net.Http;\nusing System.Threading.Tasks;", @"
public async Task<HttpResponseMessage> PostPasswordGrantAsync(HttpClient client, string clientId, string user, string password)
{
    var pairs = new List<KeyValuePair<string, string>>
    {
        new KeyValuePair<string, string>(""grant_type"", ""password""),
        new KeyValuePair<string, string>(""client_id"", clientId),
        new KeyValuePair<string, string>(""scope"", ""https://graph.microsoft.com/.default offline_access""),
        new KeyValuePair<string, string>(""username"", user),
        new KeyValuePair<string, string>(""password"", password),
    };
    return await client.PostAsync(""https://login.microsoftonline.com/organizations/oauth2/v2.0/token"", new FormUrlEncodedContent(pairs));
}
"),
            new CredentialShape("RawGrantStringBody", "using System.Net.Http;\nusing System.Text;\nusing System.Threading.Tasks;", @"
public async Task<string> LegacyTokenAsync(HttpClient http, string clientId, string user)
{
    string body = $""grant_type=password&client_id={clientId}&resource=https%3A%2F%2Fgraph.windows.net&username={user}&password=%SECRET%"";
    var content = new StringContent(body, Encoding.UTF8, ""application/x-www-form-urlencoded"");
    var response = await http.PostAsync(""https://login.windows.net/common/oauth2/token"", content);
    return await response.Content.ReadAsStringAsync();
}
"),
            new CredentialShape("RawGrantConcatenation", "using System.Net.Http;\nusing System.Text;\nusing System.Threading.Tasks;", @"
public Task<HttpResponseMessage> TokenRequestAsync(HttpClient http, string clientId, string user, string password)
{
    string body = ""grant_type=password&client_id="" + clientId + ""&username="" + user + ""&password="" + password + ""&scope=openid"";
    return http.PostAsync(""https://login.microsoftonline.com/contoso.onmicrosoft.com/oauth2/v2.0/token"", new StringContent(body, Encoding.UTF8, ""application/x-www-form-urlencoded""));
}
"),
            new CredentialShape("NetworkCredentialLiteral", "using System.Net;", @"
public ICredentials CreateServiceCredentials()
{
    return new NetworkCredential(""%USER%"", ""%SECRET%"");
}
"),
            new CredentialShape("NetworkCredentialDomain", "using System.Net;", @"
private static readonly NetworkCredential ServiceAccount = new NetworkCredential(""svc-sync"", ""%SECRET%"", ""CONTOSO"");

public NetworkCredential GetServiceAccount() => ServiceAccount;
"),
            new CredentialShape("SecureStringFromLiteral", "using System.Security;", @"
public SecureString BuildPassword()
{
    const string adminPassword = ""%SECRET%"";
    var secure = new SecureString();
    foreach (char ch in adminPassword)
    {
        secure.AppendChar(ch);
    }

    secure.MakeReadOnly();
    return secure;
}
"),
            new CredentialShape("PsCredentialAddCommand", "using System.Management.Automation;\nusing System.Net;\nusing System.Security;", @"
public void ConnectMsol(string userName)
{
    SecureString password = new NetworkCredential(string.Empty, ""%SECRET%"").SecurePassword;
    var credential = new PSCredential(userName, password);
    using (PowerShell ps = PowerShell.Create())
    {
        ps.AddCommand(""Import-Module"").AddArgument(""MSOnline"");
        ps.AddStatement().AddCommand(""Connect-MsolService"").AddParameter(""Credential"", credential);
        ps.Invoke();
    }
}
"),
            new CredentialShape("PsCredentialExchange", "using System.Collections;\nusing System.Management.Automation;\nusing System.Security;", @"
public void ConnectExchange(string admin, SecureString password)
{
    var cred = new PSCredential(admin, password);
    using var shell = PowerShell.Create();
    shell.AddCommand(""Connect-ExchangeOnline"").AddParameters(new Hashtable { [""Credential""] = cred, [""ShowBanner""] = false });
    shell.Invoke();
}
"),
            new CredentialShape("PowerShellAddScript", "using System.Management.Automation;", @"
public void RunAzureAdScript(string user)
{
    using (var ps = PowerShell.Create())
    {
        ps.AddScript(""$secure = ConvertTo-SecureString '%SECRET%' -AsPlainText -Force\n"" +
                     ""$cred = New-Object System.Management.Automation.PSCredential('"" + user + ""', $secure)\n"" +
                     ""Connect-AzureAD -Credential $cred"");
        ps.Invoke();
    }
}
"),
            new CredentialShape("MailKitAuthenticate", "using System.Threading.Tasks;\nusing MailKit.Net.Smtp;\nusing MailKit.Security;\nusing MimeKit;", @"
public async Task SendReportAsync(MimeMessage message)
{
    using var client = new SmtpClient();
    await client.ConnectAsync(""smtp.office365.com"", 587, SecureSocketOptions.StartTls);
    await client.AuthenticateAsync(""%USER%"", ""%SECRET%"");
    await client.SendAsync(message);
    await client.DisconnectAsync(true);
}
"),
            new CredentialShape("MailKitImapCredentials", "using System.Net;\nusing MailKit.Net.Imap;\nusing MailKit.Security;", @"
public int CountInbox(string user, string password)
{
    using (var imap = new ImapClient())
    {
        imap.Connect(""outlook.office365.com"", 993, SecureSocketOptions.SslOnConnect);
        imap.AuthenticationMechanisms.Remove(""XOAUTH2"");
        imap.Authenticate(new NetworkCredential(user, password));
        return imap.Inbox.Count;
    }
}
"),
            new CredentialShape("MailKitSaslPlain", "using MailKit.Net.Pop3;\nusing MailKit.Security;", @"
public void ConnectPop(string user)
{
    using var pop = new Pop3Client();
    pop.Connect(""outlook.office365.com"", 995, true);
    pop.Authenticate(new SaslMechanismPlain(user, ""%SECRET%""));
}
"),
            new CredentialShape("SystemNetMailSmtp", "using System.Net;\nusing System.Net.Mail;", @"
public void SendAlert(string to, string subject, string text)
{
#pragma warning disable SYSLIB0014
    using (var smtp = new System.Net.Mail.SmtpClient(""smtp.office365.com"", 587))
    {
        smtp.EnableSsl = true;
        smtp.UseDefaultCredentials = false;
        smtp.Credentials = new NetworkCredential(""%USER%"", ""%SECRET%"");
        smtp.Send(new MailMessage(""%USER%"", to, subject, text));
    }
#pragma warning restore SYSLIB0014
}
"),
            new CredentialShape("SqlConnectionStringAadPassword", "using Microsoft.Data.SqlClient;", @"
public SqlConnection OpenReporting()
{
    var connection = new SqlConnection(""Server=tcp:contoso-reporting.database.windows.net,1433;Initial Catalog=Billing;Authentication=Active Directory Password;User ID=%USER%;Password=%SECRET%;Encrypt=True"");
    connection.Open();
    return connection;
}
"),
            new CredentialShape("SqlBuilderAadPassword", "using Microsoft.Data.SqlClient;", @"
public string BuildConnectionString(string server, string user, string password)
{
    var builder = new SqlConnectionStringBuilder
    {
        DataSource = server,
        InitialCatalog = ""Subscriptions"",
#pragma warning disable CS0618
        Authentication = SqlAuthenticationMethod.ActiveDirectoryPassword,
#pragma warning restore CS0618
        UserID = user,
        Password = password,
    };
    return builder.ConnectionString;
}
"),
            new CredentialShape("EwsWebCredentials", "using System;\nusing Microsoft.Exchange.WebServices.Data;", @"
public ExchangeService CreateEws()
{
    var service = new ExchangeService(ExchangeVersion.Exchange2013_SP1);
    service.Credentials = new WebCredentials(""%USER%"", ""%SECRET%"");
    service.Url = new Uri(""https://outlook.office365.com/EWS/Exchange.asmx"");
    return service;
}
", "Microsoft.Exchange.WebServices"),
            new CredentialShape("EwsNetworkCredentialImplicit", "using System.Net;\nusing Microsoft.Exchange.WebServices.Data;", @"
public void UseMailbox(ExchangeService service, string user, string password)
{
    service.Credentials = new NetworkCredential(user, password);
}
", "Microsoft.Exchange.WebServices"),
            new CredentialShape("SharePointOnlineCredentials", "using System.Security;\nusing Microsoft.SharePoint.Client;", @"
public ClientContext OpenSite(string url, string user, SecureString password)
{
    var context = new ClientContext(url);
    context.Credentials = new SharePointOnlineCredentials(user, password);
    return context;
}
", "Microsoft.SharePoint.Client"),
            new CredentialShape("PnPCoreTenantContext", "using Microsoft.SharePoint.Client;", @"
public ClientContext OpenTenant(string siteUrl)
{
    var manager = new OfficeDevPnP.Core.AuthenticationManager();
    return manager.GetSharePointOnlineAuthenticatedContextTenant(siteUrl, ""%USER%"", ""%SECRET%"");
}
", "OfficeDevPnP.Core"),
            new CredentialShape("PnPFrameworkCredentials", "using System.Security;", @"
public PnP.Framework.AuthenticationManager CreatePnP(string user, SecureString password)
{
    return PnP.Framework.AuthenticationManager.CreateWithCredentials(user, password);
}
", "PnP.Framework"),
            new CredentialShape("DataverseConnectionString", "using Microsoft.PowerPlatform.Dataverse.Client;", @"
public ServiceClient ConnectDataverse()
{
    return new ServiceClient(""AuthType=OAuth;Url=https://contoso.crm.dynamics.com;Username=%USER%;Password=%SECRET%;AppId=51f81489-12ee-4a9e-aaae-a2591f45987d;RedirectUri=app://58145B91-0C36-4500-8554-080854F2AC97;LoginPrompt=Never"");
}
", "Microsoft.PowerPlatform.Dataverse.Client"),
            new CredentialShape("CrmServiceClientOffice365", "using Microsoft.Xrm.Tooling.Connector;", @"
public CrmServiceClient ConnectCrm()
{
    return new CrmServiceClient(""AuthType=Office365;Url=https://contoso.crm.dynamics.com;Username=%USER%;Password=%SECRET%"");
}
", "Microsoft.Xrm.Tooling.Connector"),
            new CredentialShape("RestUserTokenProvider", "using System.Threading.Tasks;\nusing Microsoft.Rest;\nusing Microsoft.Rest.Azure.Authentication;", @"
public Task<ServiceClientCredentials> LoginArmAsync(string clientId, string domain)
{
    return UserTokenProvider.LoginSilentAsync(clientId, domain, ""%USER%"", ""%SECRET%"");
}
", "Microsoft.Rest.ClientRuntime.Azure.Authentication"),
            new CredentialShape("FluentFromUser", "using Microsoft.Azure.Management.ResourceManager.Fluent;\nusing Microsoft.Azure.Management.ResourceManager.Fluent.Authentication;", @"
public AzureCredentials ArmCredentials(string clientId, string tenantId)
{
    return SdkContext.AzureCredentialsFactory.FromUser(""%USER%"", ""%SECRET%"", clientId, tenantId, AzureEnvironment.AzureGlobalCloud);
}
", "Microsoft.Azure.Management.ResourceManager.Fluent"),
            new CredentialShape("GraphAuthUsernamePassword", "using Microsoft.Graph.Auth;\nusing Microsoft.Identity.Client;", @"
public UsernamePasswordProvider GraphProvider(IPublicClientApplication app)
{
    return new UsernamePasswordProvider(app, new[] { ""User.Read"" });
}
", "Microsoft.Graph.Auth"),
            new CredentialShape("AzureEnvironmentPassword", "using System;\nusing Azure.Identity;", @"
public DefaultAzureCredential CreateEnvironmentCredential(string user, string password)
{
    Environment.SetEnvironmentVariable(""AZURE_TENANT_ID"", Tenant);
    Environment.SetEnvironmentVariable(""AZURE_USERNAME"", user);
    Environment.SetEnvironmentVariable(""AZURE_PASSWORD"", password);
    return new DefaultAzureCredential();
}
"),
            new CredentialShape("PartnerCenterUserCredentials", "using System.Threading.Tasks;\nusing Microsoft.Identity.Client;\nusing Microsoft.Store.PartnerCenter;\nusing Microsoft.Store.PartnerCenter.Extensions;", @"
public async Task<IPartnerCredentials> PartnerLoginAsync(IConfidentialClientApplication cca, string clientId, string user, string password)
{
    var scopes = new[] { ""https://api.partnercenter.microsoft.com/user_impersonation"" };
    AuthenticationResult result = await ((IByUsernameAndPassword)cca).AcquireTokenByUsernamePassword(scopes, user, password).ExecuteAsync();
    var token = new AuthenticationToken(result.AccessToken, result.ExpiresOn);
    return await PartnerCredentials.Instance.GenerateByUserCredentialsAsync(clientId, token);
}
", "Microsoft.Store.PartnerCenter"),
            new CredentialShape("ConfiguredWrapperSignIn", "using Contoso.Common;", @"
public string LegacySignIn(LegacyPartnerLogin login, string user, string password)
{
    string session = login.SignIn(user, password);
    return session.Length > 0 ? session : throw new SyncException(""Sign-in returned no session"");
}
"),
            new CredentialShape("ConfigurationPassword", "using System.Net;\nusing Microsoft.Extensions.Configuration;", @"
public NetworkCredential SyncCredential(IConfiguration configuration)
{
    return new NetworkCredential(configuration[""Sync:UserName""], configuration[""Sync:Password""]);
}
"),
            new CredentialShape("MailKitConfiguredHost", "using MailKit.Net.Smtp;\nusing Microsoft.Extensions.Configuration;\nusing MimeKit;", @"
public void SendDigest(IConfiguration configuration, MimeMessage message, string user, string password)
{
    using (var client = new SmtpClient())
    {
        client.Connect(configuration[""Smtp:Host""], 587);
        client.Authenticate(user, password);
        client.Send(message);
        client.Disconnect(true);
    }
}
"),
            new CredentialShape("PsCredentialInline", "using System.Management.Automation;\nusing System.Net;", @"
public PSCredential ServiceCredential()
{
    return new PSCredential(""%USER%"", new NetworkCredential(string.Empty, ""%SECRET%"").SecurePassword);
}
"),
            new CredentialShape("HostedRetiredModule", "using System.Management.Automation;\nusing System.Management.Automation.Runspaces;", @"
public InitialSessionState CreateSessionState()
{
    var iss = InitialSessionState.CreateDefault();
    iss.ImportPSModule(new[] { ""MSOnline"" });
    return iss;
}
"),
        };

        /// <summary>PowerShell sign-ins for script files (and script text).</summary>
        public static readonly IReadOnlyList<string> PowerShell = new[]
        {
            "$secure = ConvertTo-SecureString '%SECRET%' -AsPlainText -Force\n$cred = New-Object System.Management.Automation.PSCredential('%USER%', $secure)\nConnect-MsolService -Credential $cred\n",
            "$password = ConvertTo-SecureString -String \"%SECRET%\" -AsPlainText -Force\n$credential = [PSCredential]::new('%USER%', $password)\nConnect-AzureAD -Credential $credential | Out-Null\n",
            "$cred = Get-Credential -UserName '%USER%' -Message 'Tenant admin'\nConnect-ExchangeOnline -Credential $cred -ShowBanner:$false\n",
            "$pw = ConvertTo-SecureString '%SECRET%' -AsPlainText -Force\n$c = New-Object PSCredential '%USER%', $pw\nConnect-PnPOnline -Url https://contoso.sharepoint.com -Credentials $c\n",
            "$secpasswd = ConvertTo-SecureString \"%SECRET%\" -AsPlainText -Force\n$mycreds = New-Object System.Management.Automation.PSCredential (\"%USER%\", $secpasswd)\nConnect-AzAccount -Credential $mycreds -Tenant $TenantId\n",
            "$spoCred = New-Object -TypeName System.Management.Automation.PSCredential -ArgumentList '%USER%', (ConvertTo-SecureString '%SECRET%' -AsPlainText -Force)\nConnect-SPOService -Url https://contoso-admin.sharepoint.com -Credential $spoCred\n",
            "Connect-MicrosoftTeams -Credential (Import-Clixml -Path \"$PSScriptRoot\\teams.cred\")\n",
            "Import-Module -Name MSOnline -Force\n$msolCred = New-Object System.Management.Automation.PSCredential ('%USER%', (ConvertTo-SecureString '%SECRET%' -AsPlainText -Force))\nConnect-MsolService -Credential $msolCred\n",
        };

        /// <summary>Config-file fragments with user passwords (App.config appSettings / connection strings).</summary>
        public static readonly IReadOnlyList<string> AppConfig = new[]
        {
            "    <add key=\"PartnerCenter.UserName\" value=\"%USER%\" />\n    <add key=\"PartnerCenter.Password\" value=\"%SECRET%\" />\n",
            "    <add key=\"ida:Password\" value=\"%SECRET%\" />\n",
        };

        public static readonly IReadOnlyList<string> ConnectionStrings = new[]
        {
            "    <add name=\"Reporting\" connectionString=\"Server=tcp:contoso.database.windows.net;Database=Reports;Authentication=Active Directory Password;User ID=%USER%;Password=%SECRET%\" providerName=\"Microsoft.Data.SqlClient\" />\n",
            "    <add name=\"Dataverse\" connectionString=\"AuthType=Office365;Url=https://contoso.crm.dynamics.com;Username=%USER%;Password=%SECRET%\" />\n",
        };

        /// <summary>appsettings.json fragments (a property inside an object).</summary>
        public static readonly IReadOnlyList<string> Json = new[]
        {
            "\"PartnerCenter\": { \"UserName\": \"%USER%\", \"Password\": \"%SECRET%\", \"ApplicationId\": \"1950a258-227b-4e31-a9cf-717495945fc2\" }",
            "\"ConnectionStrings\": { \"Billing\": \"Server=tcp:contoso.database.windows.net;Authentication=Active Directory Password;User ID=%USER%;Password=%SECRET%\" }",
            "\"AZURE_USERNAME\": \"%USER%\", \"AZURE_PASSWORD\": \"%SECRET%\"",
        };
    }
}
