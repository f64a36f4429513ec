using System.Net;

namespace CrmBlazor.IntegrationTests.TestSupport;

/// <summary>
/// A browser without JavaScript: keeps its cookies, does not follow redirects, and fills in the
/// server-rendered forms (form name and antiforgery token taken from the page, as a browser would send them).
/// </summary>
public sealed class WebSession(HttpClient client) : IDisposable
{
    public const string SignInPath = "/compte/connexion";
    public const string TwoFactorPath = "/compte/connexion-2fa";

    public HttpClient Client { get; } = client;

    /// <summary>Where a redirect points, as a local path and query (the server may answer with an absolute URL).</summary>
    public static string? LocationOf(HttpResponseMessage response) =>
        response.Headers.Location switch
        {
            null => null,
            { IsAbsoluteUri: true } uri => uri.PathAndQuery,
            var uri => uri.OriginalString,
        };

    public Task<HttpResponseMessage> GetAsync(string path) => Client.GetAsync(new Uri(path, UriKind.Relative));

    /// <summary>GETs a page that must answer 200 and returns its HTML.</summary>
    public async Task<string> GetPageAsync(string path)
    {
        using var response = await GetAsync(path);
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(
            response.StatusCode == HttpStatusCode.OK,
            $"GET {path} answered {(int)response.StatusCode} (Location: {LocationOf(response)}), expected 200.");
        return html;
    }

    public Task<HttpResponseMessage> PostFormAsync(string path, IEnumerable<KeyValuePair<string, string>> fields) =>
        Client.PostAsync(new Uri(path, UriKind.Relative), new FormUrlEncodedContent(fields));

    /// <summary>Opens the page at <paramref name="path"/>, then submits its form <paramref name="formName"/> with <paramref name="fields"/>.</summary>
    public async Task<HttpResponseMessage> SubmitFormAsync(string path, string formName, IReadOnlyDictionary<string, string> fields)
    {
        var token = Html.AntiforgeryToken(await GetPageAsync(path));
        return await PostFormAsync(path, [new("_handler", formName), new("__RequestVerificationToken", token), .. fields]);
    }

    public Task<HttpResponseMessage> SubmitPasswordAsync(string email, string password, string? returnUrl = null) =>
        SubmitFormAsync(
            returnUrl is null ? SignInPath : $"{SignInPath}?ReturnUrl={Uri.EscapeDataString(returnUrl)}",
            "sign-in",
            new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = password });

    /// <summary>Answers the second step at <paramref name="twoFactorPath"/> (where the password step redirected to).</summary>
    public Task<HttpResponseMessage> SubmitTwoFactorCodeAsync(string twoFactorPath, string code) =>
        SubmitFormAsync(twoFactorPath, "two-factor", new Dictionary<string, string> { ["Input.Code"] = code });

    /// <summary>Signs in through the pages, answering the 2FA step with the account's TOTP code when asked; must succeed.</summary>
    public async Task SignInAsync(StaffAccount account, string? returnUrl = null)
    {
        using var password = await SubmitPasswordAsync(account.Email, account.Password, returnUrl);
        var location = await ExpectRedirectAsync(password, $"signing in as {account.Email}");
        if (location.StartsWith(TwoFactorPath, StringComparison.Ordinal))
        {
            Assert.True(account.AuthenticatorKey is not null, $"{account.Email} was asked for a 2FA code but has no authenticator.");
            using var code = await SubmitTwoFactorCodeAsync(location, Totp.Code(account.AuthenticatorKey));
            location = await ExpectRedirectAsync(code, $"2FA step of {account.Email}");
        }

        Assert.Equal(returnUrl ?? "/", location);
    }

    /// <summary>Asserts a 302 and returns its local Location; otherwise fails with the page's error message.</summary>
    public static async Task<string> ExpectRedirectAsync(HttpResponseMessage response, string what)
    {
        if (response.StatusCode != HttpStatusCode.Found)
        {
            var html = await response.Content.ReadAsStringAsync();
            Assert.Fail($"{what}: expected a 302, got {(int)response.StatusCode} with message \"{Html.ErrorMessage(html)}\".");
        }

        return LocationOf(response) ?? throw new InvalidOperationException($"{what}: 302 without a Location.");
    }

    public void Dispose() => Client.Dispose();
}
