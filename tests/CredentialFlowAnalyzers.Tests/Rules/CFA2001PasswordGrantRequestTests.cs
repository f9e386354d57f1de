using System.Threading.Tasks;
using CredentialFlowAnalyzers.Rules;
using CredentialFlowAnalyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using VerifyCS = CredentialFlowAnalyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    CredentialFlowAnalyzers.Rules.CFA2001PasswordGrantRequestAnalyzer,
    CredentialFlowAnalyzers.CodeFixes.Rules.CFA2001PasswordGrantRequestCodeFix>;

namespace CredentialFlowAnalyzers.Tests.Rules
{
    public class CFA2001PasswordGrantRequestTests
    {
        private static DiagnosticResult Expected(int location, string sink = "FormUrlEncodedContent") =>
            VerifyCS.Diagnostic("CFA2001").WithLocation(location).WithArguments(sink);

        private static VerifyCS.Test Create(string source, string? fixedSource, params DiagnosticResult[] expected)
        {
            var test = new VerifyCS.Test { TestCode = source, FixedCode = fixedSource ?? source };
            test.TestState.AdditionalReferences.AddRange(TestReferences.HandRolled);
            test.ExpectedDiagnostics.AddRange(expected);
            return test;
        }

        // ---- FormUrlEncodedContent shapes ------------------------------------------------------------------

        [Fact]
        public async Task DictionaryIndexInitializer_IsReported_AndFixedToRefreshTokenExchange()
        {
            const string source = @"
using System.Collections.Generic;
using System.Net.Http;
using System.Threading.Tasks;

class TokenClient
{
    private const string ServicePassword = ""Winter2019!"";

    async Task<string> GetTokenAsync(HttpClient http, string clientId)
    {
        string user = ""sync@contoso.onmicrosoft.com"";
        var body = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            {|#0:[""grant_type""] = ""password""|},
            [""client_id""] = clientId,
            [""resource""] = ""https://api.partnercenter.microsoft.com"",
            [""username""] = user,
            [""password""] = ServicePassword,
        });
        var response = await http.PostAsync(""https://login.microsoftonline.com/contoso.onmicrosoft.com/oauth2/token"", body);
        return await response.Content.ReadAsStringAsync();
    }
}";
            const string fixedSource = @"
using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading.Tasks;

class TokenClient
{
    async Task<string> GetTokenAsync(HttpClient http)
    {
        var body = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            [""grant_type""] = ""refresh_token"",
            [""refresh_token""] = Environment.GetEnvironmentVariable(""PARTNERCENTER__REFRESHTOKEN""),
            [""client_id""] = Environment.GetEnvironmentVariable(""SECUREAPP__CLIENTID""),
            [""client_secret""] = Environment.GetEnvironmentVariable(""SECUREAPP__CLIENTSECRET""),
            [""resource""] = ""https://api.partnercenter.microsoft.com"",
        });
        var response = await http.PostAsync(""https://login.microsoftonline.com/contoso.onmicrosoft.com/oauth2/token"", body);
        return await response.Content.ReadAsStringAsync();
    }
}";
            await Create(source, fixedSource, Expected(0)).RunAsync();
        }

        [Fact]
        public async Task CollectionInitializer_WithConstants_IsReported_AndFixed_KeepingClientSecretAndScope()
        {
            const string source = @"
using System.Collections.Generic;
using System.Net.Http;
using Microsoft.Extensions.Configuration;

class TokenClient
{
    private const string GrantType = ""grant_type"";
    private const string PasswordGrant = ""password"";

    HttpContent Body(IConfiguration configuration, string user, string password)
    {
        return new FormUrlEncodedContent(new Dictionary<string, string>
        {
            {|#0:{ GrantType, PasswordGrant }|},
            { ""client_id"", configuration[""ClientId""] },
            { ""client_secret"", configuration[""ClientSecret""] },
            { ""scope"", ""https://graph.microsoft.com/.default offline_access"" },
            { ""username"", user },
            { ""password"", password }
        });
    }
}";
            const string fixedSource = @"
using System.Collections.Generic;
using System.Net.Http;
using Microsoft.Extensions.Configuration;

class TokenClient
{
    private const string GrantType = ""grant_type"";

    HttpContent Body(IConfiguration configuration)
    {
        return new FormUrlEncodedContent(new Dictionary<string, string>
        {
            { GrantType, ""refresh_token"" },
            { ""refresh_token"", configuration[""Graph:RefreshToken""] },
            { ""client_id"", configuration[""ClientId""] },
            { ""client_secret"", configuration[""ClientSecret""] },
            { ""scope"", ""https://graph.microsoft.com/.default offline_access"" }
        });
    }
}";
            await Create(source, fixedSource, Expected(0)).RunAsync();
        }

        [Fact]
        public async Task KeyValuePairList_IsReported_AndFixed()
        {
            const string source = @"
using System.Collections.Generic;
using System.Net.Http;

class TokenClient
{
    HttpContent Body(string clientId, string user, string password)
    {
        var pairs = new List<KeyValuePair<string, string>>
        {
            {|#0:new KeyValuePair<string, string>(""grant_type"", ""password"")|},
            new KeyValuePair<string, string>(""client_id"", clientId),
            new KeyValuePair<string, string>(""username"", user),
            new KeyValuePair<string, string>(""password"", password),
        };
        return new FormUrlEncodedContent(pairs);
    }
}";
            const string fixedSource = @"
using System;
using System.Collections.Generic;
using System.Net.Http;

class TokenClient
{
    HttpContent Body()
    {
        var pairs = new List<KeyValuePair<string, string>>
        {
            new KeyValuePair<string, string>(""grant_type"", ""refresh_token""),
            new KeyValuePair<string, string>(""refresh_token"", Environment.GetEnvironmentVariable(""SECUREAPP__REFRESHTOKEN"")),
            new KeyValuePair<string, string>(""client_id"", Environment.GetEnvironmentVariable(""SECUREAPP__CLIENTID"")),
            new KeyValuePair<string, string>(""client_secret"", Environment.GetEnvironmentVariable(""SECUREAPP__CLIENTSECRET"")),
        };
        return new FormUrlEncodedContent(pairs);
    }
}";
            await Create(source, fixedSource, Expected(0)).RunAsync();
        }

        [Fact]
        public async Task KeyValuePairArray_IsReported()
        {
            const string source = @"
using System.Collections.Generic;
using System.Net.Http;

class TokenClient
{
    HttpContent Body(string clientId, string user, string password) =>
        new FormUrlEncodedContent(new[]
        {
            {|#0:new KeyValuePair<string, string>(""grant_type"", ""password"")|},
            new KeyValuePair<string, string>(""client_id"", clientId),
            new KeyValuePair<string, string>(""username"", user),
            new KeyValuePair<string, string>(""password"", password),
        });
}";
            const string fixedSource = @"
using System;
using System.Collections.Generic;
using System.Net.Http;

class TokenClient
{
    HttpContent Body() =>
        new FormUrlEncodedContent(new[]
        {
            new KeyValuePair<string, string>(""grant_type"", ""refresh_token""),
            new KeyValuePair<string, string>(""refresh_token"", Environment.GetEnvironmentVariable(""SECUREAPP__REFRESHTOKEN"")),
            new KeyValuePair<string, string>(""client_id"", Environment.GetEnvironmentVariable(""SECUREAPP__CLIENTID"")),
            new KeyValuePair<string, string>(""client_secret"", Environment.GetEnvironmentVariable(""SECUREAPP__CLIENTSECRET"")),
        });
}";
            await Create(source, fixedSource, Expected(0)).RunAsync();
        }

        [Fact]
        public async Task AddStatementsOnALocal_AreReportedAtTheGrant_AndFixed()
        {
            const string source = @"
using System.Collections.Generic;
using System.Net.Http;

class TokenClient
{
    HttpContent Body(string clientId, string user)
    {
        string password = ""Summer2020!"";
        var form = new Dictionary<string, string>();
        {|#0:form.Add(""grant_type"", ""password"")|};
        form.Add(""client_id"", clientId);
        form.Add(""username"", user);
        form[""password""] = password;
        return new FormUrlEncodedContent(form);
    }
}";
            const string fixedSource = @"
using System;
using System.Collections.Generic;
using System.Net.Http;

class TokenClient
{
    HttpContent Body()
    {
        var form = new Dictionary<string, string>();
        form.Add(""grant_type"", ""refresh_token"");
        form.Add(""refresh_token"", Environment.GetEnvironmentVariable(""SECUREAPP__REFRESHTOKEN""));
        form.Add(""client_id"", Environment.GetEnvironmentVariable(""SECUREAPP__CLIENTID""));
        form.Add(""client_secret"", Environment.GetEnvironmentVariable(""SECUREAPP__CLIENTSECRET""));
        return new FormUrlEncodedContent(form);
    }
}";
            await Create(source, fixedSource, Expected(0)).RunAsync();
        }

        [Fact]
        public async Task SameDictionarySentTwice_IsReportedOnce()
        {
            const string source = @"
using System.Collections.Generic;
using System.Net.Http;

class TokenClient
{
    void Send(HttpClient http, string user, string password)
    {
        var form = new Dictionary<string, string> { {|#0:[""grant_type""] = ""password""|}, [""username""] = user, [""password""] = password };
        http.PostAsync(""https://login.microsoftonline.com/common/oauth2/token"", new FormUrlEncodedContent(form));
        http.PostAsync(""https://login.microsoftonline.com/organizations/oauth2/token"", new FormUrlEncodedContent(form));
    }
}";
            const string fixedSource = @"
using System;
using System.Collections.Generic;
using System.Net.Http;

class TokenClient
{
    void Send(HttpClient http)
    {
        var form = new Dictionary<string, string> { [""grant_type""] = ""refresh_token"", [""refresh_token""] = Environment.GetEnvironmentVariable(""SECUREAPP__REFRESHTOKEN"") };
        http.PostAsync(""https://login.microsoftonline.com/common/oauth2/token"", new FormUrlEncodedContent(form));
        http.PostAsync(""https://login.microsoftonline.com/organizations/oauth2/token"", new FormUrlEncodedContent(form));
    }
}";
            await Create(source, fixedSource, Expected(0)).RunAsync();
        }

        // ---- NameValueCollection / WebClient --------------------------------------------------------------

        [Fact]
        public async Task NameValueCollection_UploadValues_IsReported_AndFixed()
        {
            const string source = @"
using System.Collections.Specialized;
using System.Net;

class TokenClient
{
    byte[] Token(WebClient client, string clientId, string user, string password)
    {
        var values = new NameValueCollection
        {
            {|#0:{ ""grant_type"", ""password"" }|},
            { ""client_id"", clientId },
            { ""username"", user },
            { ""password"", password },
        };
#pragma warning disable SYSLIB0014
        return client.UploadValues(""https://login.microsoftonline.com/contoso.com/oauth2/v2.0/token"", values);
#pragma warning restore SYSLIB0014
    }
}";
            const string fixedSource = @"
using System;
using System.Collections.Specialized;
using System.Net;

class TokenClient
{
    byte[] Token(WebClient client)
    {
        var values = new NameValueCollection
        {
            { ""grant_type"", ""refresh_token"" },
            { ""refresh_token"", Environment.GetEnvironmentVariable(""SECUREAPP__REFRESHTOKEN"") },
            { ""client_id"", Environment.GetEnvironmentVariable(""SECUREAPP__CLIENTID"") },
            { ""client_secret"", Environment.GetEnvironmentVariable(""SECUREAPP__CLIENTSECRET"") },
        };
#pragma warning disable SYSLIB0014
        return client.UploadValues(""https://login.microsoftonline.com/contoso.com/oauth2/v2.0/token"", values);
#pragma warning restore SYSLIB0014
    }
}";
            await Create(source, fixedSource, Expected(0, "WebClient.UploadValues")).RunAsync();
        }

        // ---- string bodies ---------------------------------------------------------------------------------

        [Fact]
        public async Task StringLiteralBody_IsReported_AndRebuiltWithoutTheLiteralPassword()
        {
            const string source = @"
using System.Net.Http;
using System.Text;

class TokenClient
{
    HttpContent Body() =>
        new StringContent({|#0:""grant_type=password&client_id=1950a258-227b-4e31-a9cf-717495945fc2&username=sync%40contoso.com&password=Autumn2018%21&resource=https%3A%2F%2Fgraph.windows.net""|}, Encoding.UTF8, ""application/x-www-form-urlencoded"");
}";
            const string fixedSource = @"
using System;
using System.Net.Http;
using System.Text;

class TokenClient
{
    HttpContent Body() =>
        new StringContent($""grant_type=refresh_token&client_id={Environment.GetEnvironmentVariable(""SECUREAPP__CLIENTID"")}&client_secret={Uri.EscapeDataString(Environment.GetEnvironmentVariable(""SECUREAPP__CLIENTSECRET""))}&refresh_token={Uri.EscapeDataString(Environment.GetEnvironmentVariable(""AZUREADGRAPH__REFRESHTOKEN""))}&resource=https%3A%2F%2Fgraph.windows.net"", Encoding.UTF8, ""application/x-www-form-urlencoded"");
}";
            await Create(source, fixedSource, Expected(0, "StringContent")).RunAsync();
        }

        [Fact]
        public async Task InterpolatedBody_IsReported_AndFixed_RemovingPasswordPlumbing()
        {
            const string source = @"
using System;
using System.Net.Http;

class TokenClient
{
    private static readonly string Password = ""Spring2021!"";

    HttpContent Body(string clientId, string user)
    {
        string body = {|#0:$""grant_type=password&client_id={clientId}&username={Uri.EscapeDataString(user)}&password={Uri.EscapeDataString(Password)}&scope=openid""|};
        return new StringContent(body);
    }
}";
            const string fixedSource = @"
using System;
using System.Net.Http;

class TokenClient
{
    HttpContent Body()
    {
        string body = $""grant_type=refresh_token&client_id={Environment.GetEnvironmentVariable(""SECUREAPP__CLIENTID"")}&client_secret={Uri.EscapeDataString(Environment.GetEnvironmentVariable(""SECUREAPP__CLIENTSECRET""))}&refresh_token={Uri.EscapeDataString(Environment.GetEnvironmentVariable(""SECUREAPP__REFRESHTOKEN""))}&scope=openid"";
        return new StringContent(body);
    }
}";
            await Create(source, fixedSource, Expected(0, "StringContent")).RunAsync();
        }

        [Fact]
        public async Task ConcatenatedBody_IsReportedAtTheLiteral_WithoutFix()
        {
            const string source = @"
using System.Net.Http;

class TokenClient
{
    private const string Grant = ""grant_type="" + ""password"";

    HttpContent Body(string clientId, string user, string password)
    {
        return new StringContent({|#0:Grant + ""&client_id=""|} + clientId + ""&username="" + user + ""&password="" + password);
    }
}";
            await Create(source, null, Expected(0, "StringContent")).RunAsync();
        }

        [Fact]
        public async Task BodyInAStaticReadonlyField_IsReportedAtTheSend()
        {
            const string source = @"
using System.Net.Http;

class TokenClient
{
    private static readonly string Body = ""grant_type=password&username=sync&password=x"";

    HttpContent Content() => new StringContent({|#0:Body|});
}";
            await Create(source, null, Expected(0, "StringContent")).RunAsync();
        }

        [Fact]
        public async Task StringFormatBody_IsReported()
        {
            const string source = @"
using System.Net;

class TokenClient
{
    string Token(WebClient client, string clientId, string user, string password)
    {
        string body = string.Format({|#0:""grant_type={0}&client_id={1}&username={2}&password={3}""|}, ""password"", clientId, user, password);
        return client.UploadString(""https://login.microsoftonline.com/contoso.com/oauth2/token"", body);
    }
}";
            await Create(source, null, Expected(0, "WebClient.UploadString")).RunAsync();
        }

        // ---- bodies built across statements, branches, constructors and helpers ----------------------------

        [Fact]
        public async Task BodyAppendedWithPlusEqualsAcrossStatements_IsReportedAtTheGrant()
        {
            const string source = @"
using System.Net.Http;

class TokenClient
{
    HttpContent Body(string clientId, string user, string password)
    {
        string body = {|#0:""grant_type=password""|};
        body += ""&client_id="" + clientId;
        body += ""&username="" + user + ""&password="" + password;
        return new StringContent(body);
    }
}";
            await Create(source, null, Expected(0, "StringContent")).RunAsync();
        }

        [Fact]
        public async Task FormAssignedInBranches_IsReportedAtThePasswordGrant_AndFixed()
        {
            const string source = @"
using System.Collections.Generic;
using System.Net.Http;

class TokenClient
{
    HttpContent Body(bool refresh, string clientId, string user, string password, string token)
    {
        Dictionary<string, string> form;
        if (refresh)
            form = new Dictionary<string, string> { [""grant_type""] = ""refresh_token"", [""client_id""] = clientId, [""refresh_token""] = token };
        else
            form = new Dictionary<string, string> { {|#0:[""grant_type""] = ""password""|}, [""client_id""] = clientId, [""username""] = user, [""password""] = password };
        return new FormUrlEncodedContent(form);
    }
}";
            const string fixedSource = @"
using System;
using System.Collections.Generic;
using System.Net.Http;

class TokenClient
{
    HttpContent Body(bool refresh, string clientId, string token)
    {
        Dictionary<string, string> form;
        if (refresh)
            form = new Dictionary<string, string> { [""grant_type""] = ""refresh_token"", [""client_id""] = clientId, [""refresh_token""] = token };
        else
            form = new Dictionary<string, string> { [""grant_type""] = ""refresh_token"", [""refresh_token""] = Environment.GetEnvironmentVariable(""SECUREAPP__REFRESHTOKEN""), [""client_id""] = Environment.GetEnvironmentVariable(""SECUREAPP__CLIENTID""), [""client_secret""] = Environment.GetEnvironmentVariable(""SECUREAPP__CLIENTSECRET"") };
        return new FormUrlEncodedContent(form);
    }
}";
            await Create(source, fixedSource, Expected(0)).RunAsync();
        }

        [Fact]
        public async Task FormFieldBuiltInTheConstructor_IsReportedAtTheSend()
        {
            const string source = @"
using System.Collections.Generic;
using System.Net.Http;

class TokenClient
{
    private readonly Dictionary<string, string> _form;

    public TokenClient(string clientId, string user, string password)
    {
        _form = new Dictionary<string, string>
        {
            [""grant_type""] = ""password"",
            [""client_id""] = clientId,
            [""username""] = user,
            [""password""] = password,
        };
    }

    HttpContent Content() => new FormUrlEncodedContent({|#0:_form|});
}";
            await Create(source, null, Expected(0)).RunAsync();
        }

        [Fact]
        public async Task BodyReturnedByAHelper_IsReportedAtTheHelperCall()
        {
            const string source = @"
using System.Net.Http;

class TokenClient
{
    static string BuildBody(string clientId, string user, string password) =>
        $""client_id={clientId}&username={user}&password={password}&grant_type=password"";

    HttpContent Content(string clientId, string user, string password) =>
        new StringContent({|#0:BuildBody(clientId, user, password)|});
}";
            await Create(source, null, Expected(0, "StringContent")).RunAsync();
        }

        [Fact]
        public async Task NearMiss_HelperOrAppendedBodyWithOtherGrants_IsNotReported()
        {
            const string source = @"
using System.Collections.Generic;
using System.Net.Http;

class TokenClient
{
    private readonly Dictionary<string, string> _form;

    public TokenClient(string clientId, string secret) { _form = new Dictionary<string, string> { [""grant_type""] = ""client_credentials"", [""client_id""] = clientId, [""client_secret""] = secret }; }

    static string BuildBody(string clientId, string token) =>
        $""client_id={clientId}&refresh_token={token}&grant_type=refresh_token&scope=password"";

    HttpContent A(string clientId, string token) => new StringContent(BuildBody(clientId, token));
    HttpContent B() => new FormUrlEncodedContent(_form);
    HttpContent C(string user, string password)
    {
        string body = ""username="" + user;
        body += ""&password="" + password;
        return new StringContent(body);
    }
}";
            await Create(source, null).RunAsync();
        }

        [Fact]
        public async Task StringBuilderAppendChain_IsReported()
        {
            const string source = @"
using System.Net.Http;
using System.Text;

class TokenClient
{
    HttpContent Body(string clientId, string user, string password)
    {
        var sb = new StringBuilder();
        sb.Append({|#0:""grant_type=""|}).Append(""password"");
        sb.Append(""&client_id="").Append(clientId);
        sb.AppendFormat(""&username={0}&password={1}"", user, password);
        return new StringContent(sb.ToString());
    }
}";
            await Create(source, null, Expected(0, "StringContent")).RunAsync();
        }

        [Fact]
        public async Task HttpWebRequestStream_ConcatenatedBody_IsReported_AndFixed()
        {
            const string source = @"
using System.IO;
using System.Net;
using System.Text;

class TokenClient
{
    void Post(string clientId, string user, string password)
    {
#pragma warning disable SYSLIB0014
        var request = (HttpWebRequest)WebRequest.Create(""https://login.windows.net/contoso.com/oauth2/token"");
#pragma warning restore SYSLIB0014
        request.Method = ""POST"";
        string body = {|#0:""grant_type=password&resource=https://api.partnercenter.microsoft.com&client_id=""|} + clientId + ""&username="" + user + ""&password="" + password;
        byte[] bytes = Encoding.UTF8.GetBytes(body);
        using (Stream stream = request.GetRequestStream())
        {
            stream.Write(bytes, 0, bytes.Length);
        }
    }
}";
            const string fixedSource = @"
using System;
using System.IO;
using System.Net;
using System.Text;

class TokenClient
{
    void Post()
    {
#pragma warning disable SYSLIB0014
        var request = (HttpWebRequest)WebRequest.Create(""https://login.windows.net/contoso.com/oauth2/token"");
#pragma warning restore SYSLIB0014
        request.Method = ""POST"";
        string body = ""grant_type=refresh_token&resource=https://api.partnercenter.microsoft.com&client_id="" + Environment.GetEnvironmentVariable(""SECUREAPP__CLIENTID"") + ""&client_secret="" + Uri.EscapeDataString(Environment.GetEnvironmentVariable(""SECUREAPP__CLIENTSECRET"")) + ""&refresh_token="" + Uri.EscapeDataString(Environment.GetEnvironmentVariable(""PARTNERCENTER__REFRESHTOKEN""));
        byte[] bytes = Encoding.UTF8.GetBytes(body);
        using (Stream stream = request.GetRequestStream())
        {
            stream.Write(bytes, 0, bytes.Length);
        }
    }
}";
            await Create(source, fixedSource, Expected(0, "HttpWebRequest.GetRequestStream")).RunAsync();
        }

        // ---- RestSharp ---------------------------------------------------------------------------------------

        [Fact]
        public async Task RestSharpParameters_AreReportedAtTheGrant_AndFixed()
        {
            const string source = @"
using RestSharp;

class TokenClient
{
    private const string ServicePassword = ""Hunter2!"";

    RestRequest Request(string clientId)
    {
        var request = new RestRequest(""contoso.com/oauth2/token"", Method.Post);
        {|#0:request.AddParameter(""grant_type"", ""password"")|};
        request.AddParameter(""client_id"", clientId);
        request.AddParameter(""username"", ""sync@contoso.com"");
        request.AddParameter(""password"", ServicePassword);
        return request;
    }
}";
            const string fixedSource = @"
using System;
using RestSharp;

class TokenClient
{
    RestRequest Request()
    {
        var request = new RestRequest(""contoso.com/oauth2/token"", Method.Post);
        request.AddParameter(""grant_type"", ""refresh_token"");
        request.AddParameter(""refresh_token"", Environment.GetEnvironmentVariable(""SECUREAPP__REFRESHTOKEN""));
        request.AddParameter(""client_id"", Environment.GetEnvironmentVariable(""SECUREAPP__CLIENTID""));
        request.AddParameter(""client_secret"", Environment.GetEnvironmentVariable(""SECUREAPP__CLIENTSECRET""));
        return request;
    }
}";
            await Create(source, fixedSource, Expected(0, "RestRequest")).RunAsync();
        }

        [Fact]
        public async Task RestSharpStringBody_IsReported()
        {
            const string source = @"
using RestSharp;

class TokenClient
{
    RestRequest Request(string user, string password)
    {
        var request = new RestRequest(""contoso.com/oauth2/token"", Method.Post);
        request.AddStringBody({|#0:$""grant_type=password&username={user}&password={password}""|}, ContentType.FormUrlEncoded);
        return request;
    }
}";
            const string fixedSource = @"
using System;
using RestSharp;

class TokenClient
{
    RestRequest Request()
    {
        var request = new RestRequest(""contoso.com/oauth2/token"", Method.Post);
        request.AddStringBody($""grant_type=refresh_token&refresh_token={Uri.EscapeDataString(Environment.GetEnvironmentVariable(""SECUREAPP__REFRESHTOKEN""))}"", ContentType.FormUrlEncoded);
        return request;
    }
}";
            await Create(source, fixedSource, Expected(0, "RestRequest")).RunAsync();
        }

        // ---- IdentityModel -----------------------------------------------------------------------------------

        [Fact]
        public async Task IdentityModelPasswordTokenRequest_IsReported_AndFixedToRefreshTokenRequest()
        {
            const string source = @"
using System.Net.Http;
using System.Threading.Tasks;
using IdentityModel.Client;

class TokenClient
{
    async Task<string> GetAsync(HttpClient http, string clientId, string secret, string user, string password)
    {
        TokenResponse response = await http.RequestPasswordTokenAsync({|#0:new PasswordTokenRequest
        {
            Address = ""https://login.microsoftonline.com/contoso.com/oauth2/v2.0/token"",
            ClientId = clientId,
            ClientSecret = secret,
            UserName = user,
            Password = password,
            Scope = ""https://graph.microsoft.com/.default"",
        }|});
        return response.AccessToken;
    }
}";
            const string fixedSource = @"
using System;
using System.Net.Http;
using System.Threading.Tasks;
using IdentityModel.Client;

class TokenClient
{
    async Task<string> GetAsync(HttpClient http, string clientId, string secret)
    {
        TokenResponse response = await http.RequestRefreshTokenAsync(new RefreshTokenRequest
        {
            Address = ""https://login.microsoftonline.com/contoso.com/oauth2/v2.0/token"",
            ClientId = clientId,
            ClientSecret = secret,
            RefreshToken = Environment.GetEnvironmentVariable(""SECUREAPP__REFRESHTOKEN""),
            Scope = ""https://graph.microsoft.com/.default"",
        });
        return response.AccessToken;
    }
}";
            await Create(source, fixedSource, Expected(0, "PasswordTokenRequest")).RunAsync();
        }

        [Fact]
        public async Task IdentityModelCall_WithRequestFromElsewhere_IsReportedAtTheCall()
        {
            const string source = @"
using System.Net.Http;
using System.Threading.Tasks;
using IdentityModel.Client;

class TokenClient
{
    Task<TokenResponse> GetAsync(HttpClient http, PasswordTokenRequest request) => {|#0:http.RequestPasswordTokenAsync(request)|};
}";
            await Create(source, null, Expected(0, "HttpClientTokenRequestExtensions.RequestPasswordTokenAsync")).RunAsync();
        }

        [Fact]
        public async Task IdentityModelTokenClient_IsReportedAtTheCall()
        {
            const string source = @"
using System.Threading.Tasks;
using IdentityModel.Client;

class Sync
{
    Task<TokenResponse> GetAsync(TokenClient client, string user, string password) => {|#0:client.RequestPasswordTokenAsync(user, password)|};
}";
            await Create(source, null, Expected(0, "TokenClient.RequestPasswordTokenAsync")).RunAsync();
        }

        // ---- negatives -----------------------------------------------------------------------------------------

        [Fact]
        public async Task OtherGrants_AreNotReported()
        {
            const string source = @"
using System.Collections.Generic;
using System.Net.Http;
using IdentityModel.Client;

class TokenClient
{
    void Bodies(string clientId, string secret, string code, string refreshToken)
    {
        new FormUrlEncodedContent(new Dictionary<string, string> { [""grant_type""] = ""client_credentials"", [""client_id""] = clientId, [""client_secret""] = secret });
        new FormUrlEncodedContent(new Dictionary<string, string> { [""grant_type""] = ""refresh_token"", [""refresh_token""] = refreshToken });
        new FormUrlEncodedContent(new Dictionary<string, string> { [""grant_type""] = ""authorization_code"", [""code""] = code });
        new StringContent(""grant_type=client_credentials&client_id="" + clientId + ""&client_secret="" + secret);
        new StringContent($""grant_type=refresh_token&refresh_token={refreshToken}&scope=password"");
        new RefreshTokenRequest { RefreshToken = refreshToken };
    }
}";
            await Create(source, null).RunAsync();
        }

        [Fact]
        public async Task PasswordKeyWithoutGrant_AndDictionaryNeverSent_AreNotReported()
        {
            const string source = @"
using System.Collections.Generic;
using System.Net.Http;

class Forms
{
    void Bodies(string user, string password)
    {
        // A change-password form: a password field, but not a token request.
        new FormUrlEncodedContent(new Dictionary<string, string> { [""username""] = user, [""password""] = password });

        // A password grant built but never sent.
        var unused = new Dictionary<string, string> { [""grant_type""] = ""password"", [""username""] = user, [""password""] = password };
        string text = ""grant_type=password&username="" + user;
    }
}";
            await Create(source, null).RunAsync();
        }

        [Fact]
        public async Task LookAlikeTypes_AreNotReported()
        {
            const string source = @"
using System.Collections.Generic;

namespace MyHttp
{
    class FormUrlEncodedContent { public FormUrlEncodedContent(IEnumerable<KeyValuePair<string, string>> pairs) { } }
    class StringContent { public StringContent(string body) { } }

    class TokenClient
    {
        void Bodies(string user, string password)
        {
            new FormUrlEncodedContent(new Dictionary<string, string> { [""grant_type""] = ""password"", [""username""] = user });
            new StringContent(""grant_type=password&username="" + user);
        }
    }
}";
            var test = Create(source, null);
            test.TestState.AdditionalReferences.Clear();
            await test.RunAsync();
        }

        [Fact]
        public async Task CodeUnderEdit_DoesNotCrash_AndStillReportsCompleteRequests()
        {
            const string source = @"
using System.Collections.Generic;
using System.Net.Http;

class TokenClient
{
    void Bodies(string user, Missing password)
    {
        new FormUrlEncodedContent(new Dictionary<string, string> { [""grant_type""] = , [""username""] = user });
        new FormUrlEncodedContent(new Dictionary<string, string> { {|#0:[""grant_type""] = ""password""|}, [""password""] = password });
        new StringContent(""grant_type="" + Unknown + ""&username="" + user);
        new FormUrlEncodedContent(
    }
}";
            const string fixedSource = @"
using System;
using System.Collections.Generic;
using System.Net.Http;

class TokenClient
{
    void Bodies(string user)
    {
        new FormUrlEncodedContent(new Dictionary<string, string> { [""grant_type""] = , [""username""] = user });
        new FormUrlEncodedContent(new Dictionary<string, string> { [""grant_type""] = ""refresh_token"", [""refresh_token""] = Environment.GetEnvironmentVariable(""SECUREAPP__REFRESHTOKEN"") });
        new StringContent(""grant_type="" + Unknown + ""&username="" + user);
        new FormUrlEncodedContent(
    }
}";
            var test = Create(source, fixedSource, Expected(0));
            test.CompilerDiagnostics = CompilerDiagnostics.None;
            await test.RunAsync();
        }

        [Fact]
        public async Task FixAll_RewritesEveryRequestInTheDocument()
        {
            const string source = @"
using System.Collections.Generic;
using System.Net.Http;

class TokenClient
{
    HttpContent Graph(string user, string password) => new FormUrlEncodedContent(new Dictionary<string, string>
    {
        {|#0:[""grant_type""] = ""password""|},
        [""username""] = user,
        [""password""] = password,
    });

    HttpContent PartnerCenter(string user, string password) => new StringContent({|#1:$""grant_type=password&username={user}&password={password}""|});
}";
            const string fixedSource = @"
using System;
using System.Collections.Generic;
using System.Net.Http;

class TokenClient
{
    HttpContent Graph() => new FormUrlEncodedContent(new Dictionary<string, string>
    {
        [""grant_type""] = ""refresh_token"",
        [""refresh_token""] = Environment.GetEnvironmentVariable(""SECUREAPP__REFRESHTOKEN""),
    });

    HttpContent PartnerCenter() => new StringContent($""grant_type=refresh_token&refresh_token={Uri.EscapeDataString(Environment.GetEnvironmentVariable(""SECUREAPP__REFRESHTOKEN""))}"");
}";
            await Create(source, fixedSource, Expected(0), Expected(1, "StringContent")).RunAsync();
        }

        [Fact]
        public async Task MessageAndProperties_NeverContainTheSecret()
        {
            const string secret = "Winter2019!";
            const string source = @"
using System.Collections.Generic;
using System.Net.Http;

class TokenClient
{
    private const string Password = ""Winter2019!"";

    void Bodies(string user)
    {
        new FormUrlEncodedContent(new Dictionary<string, string> { [""grant_type""] = ""password"", [""username""] = user, [""password""] = Password });
        new StringContent(""grant_type=password&username=u&password=Winter2019!"");
    }
}";
            var diagnostics = await AnalyzerRunner.RunAsync(source, new CFA2001PasswordGrantRequestAnalyzer());
            Assert.Equal(2, diagnostics.Length);
            AnalyzerRunner.AssertNoSecret(diagnostics, secret);
        }
    }
}
