// Stub of NuGet package Microsoft.SharePointOnline.CSOM (assemblies Microsoft.SharePoint.Client.Runtime and
// Microsoft.SharePoint.Client; the .NET Framework build, which is the one that has SharePointOnlineCredentials).
// Kept to one file although the real types span both assemblies. Not served by this project's NuGet feed.
// Mirrors: Microsoft Learn CSOM reference (SharePointOnlineCredentials, ClientRuntimeContext, ClientContext,
// WebRequestEventArgs, WebRequestExecutor) and how pnp/pnpframework uses them (ExecutingWebRequest +
// e.WebRequestExecutor.RequestHeaders["Authorization"]).
// Compile-only stub: matches the vendor's public shape for the members the rules use; bodies throw.
// References needed: BCL only.
// Note: ExecuteQueryAsync exists only in the .NET Standard CSOM build, SharePointOnlineCredentials only in the
// .NET Framework build; the stub has both. WebRequestExecutor.WebRequest is typed System.Net.HttpWebRequest as in CSOM.
// Left out: the object model (lists, items, Site, ...), ClientObject.Context/Path, Load's retrieval semantics.
#nullable disable

namespace Microsoft.SharePoint.Client
{
    using System;
    using System.Linq.Expressions;
    using System.Net;
    using System.Security;
    using System.Threading.Tasks;

    public sealed class SharePointOnlineCredentials : ICredentials
    {
        public SharePointOnlineCredentials(string username, SecureString password) => throw null;
        public string UserName { get => throw null; }
        public NetworkCredential GetCredential(Uri url, string authType) => throw null;
        public string GetAuthenticationCookie(Uri url) => throw null;
    }

    public abstract class WebRequestExecutor
    {
        public virtual WebHeaderCollection RequestHeaders { get => throw null; }
        public virtual HttpWebRequest WebRequest { get => throw null; }
    }

    public class WebRequestEventArgs : EventArgs
    {
        public WebRequestEventArgs(WebRequestExecutor webRequestExecutor) => throw null;
        public WebRequestExecutor WebRequestExecutor { get => throw null; }
    }

    public class ClientObject
    {
    }

    public class Web : ClientObject
    {
        public string Title { get => throw null; set => throw null; }
        public string Url { get => throw null; }
        public void Update() => throw null;
    }

    public class ClientRuntimeContext : IDisposable
    {
        public ClientRuntimeContext(string webFullUrl) => throw null;
        public string Url { get => throw null; }
        public ICredentials Credentials { get => throw null; set => throw null; }
        public bool DisableReturnValueCache { get => throw null; set => throw null; }
        public event EventHandler<WebRequestEventArgs> ExecutingWebRequest { add => throw null; remove => throw null; }
        public void Load<T>(T clientObject, params Expression<Func<T, object>>[] retrievals) where T : ClientObject => throw null;
        public virtual void ExecuteQuery() => throw null;
        public virtual Task ExecuteQueryAsync() => throw null;
        public void Dispose() => throw null;
    }

    public class ClientContext : ClientRuntimeContext
    {
        public ClientContext(string webFullUrl) : base(webFullUrl) => throw null;
        public ClientContext(Uri webFullUrl) : base((string)null) => throw null;
        public Web Web { get => throw null; }
    }
}

// Near-miss decoy: same type and member names, different namespace.
namespace Decoy.Client
{
    using System;
    using System.Net;
    using System.Security;

    public sealed class SharePointOnlineCredentials : ICredentials
    {
        public SharePointOnlineCredentials(string username, SecureString password) => throw null;
        public NetworkCredential GetCredential(Uri url, string authType) => throw null;
    }
}
