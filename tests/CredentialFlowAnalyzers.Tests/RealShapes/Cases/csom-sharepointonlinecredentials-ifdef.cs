// source: https://github.com/pnp/PnP-Sites-Core Core/OfficeDevPnP.Core/AuthenticationManager.cs (CSOM user/password code
// source:   kept under #if !NETSTANDARD2_0 because SharePointOnlineCredentials exists only in the .NET Framework CSOM) and public
// source:   SPtools Authentication.getSPContext(url, UserName, PassWord): ctx.Credentials = new SharePointOnlineCredentials(...)
// target: net472
// stubs: Microsoft.SharePoint.Client
// lang: 7.3
using System;
using System.Security;
using Microsoft.SharePoint.Client;

namespace SPtools
{
    public static class Authentication
    {
        /// <summary>Retrieve ClientContext from username and password</summary>
        public static ClientContext getSPContext(string url, string UserName, SecureString PassWord, Func<string> accessToken)
        {
            var ctx = new ClientContext(url);
#if !NETSTANDARD2_0
            ctx.Credentials = {|CFA4005:new SharePointOnlineCredentials(UserName, PassWord)|};
#else
            ctx.ExecutingWebRequest += (sender, e) => e.WebRequestExecutor.RequestHeaders["Authorization"] = "Bearer " + accessToken();
#endif
            return ctx;
        }
    }
}
