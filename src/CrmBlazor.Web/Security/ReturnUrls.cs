namespace CrmBlazor.Web.Security;

public static class ReturnUrls
{
    /// <summary>Only paths of this site: a crafted link must not send a member elsewhere after signing in.</summary>
    public static string SafeLocal(string? url) =>
        !string.IsNullOrEmpty(url) && url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal)
            && !url.StartsWith("/\\", StringComparison.Ordinal)
            ? url
            : "/";
}
