using System.Net;
using System.Text.RegularExpressions;

namespace CrmBlazor.IntegrationTests.TestSupport;

/// <summary>Just enough HTML reading for server-rendered pages: tokens, messages, elements by id.</summary>
public static partial class Html
{
    /// <summary>The value of the first hidden antiforgery input of the page.</summary>
    public static string AntiforgeryToken(string html)
    {
        var input = AntiforgeryInput().Match(html);
        Assert.True(input.Success, "The page has no __RequestVerificationToken input.");
        var value = ValueAttribute().Match(input.Value);
        Assert.True(value.Success, $"The antiforgery input has no value: {input.Value}");
        return WebUtility.HtmlDecode(value.Groups["value"].Value);
    }

    /// <summary>The text of the error message the form shows (FormMessage), or null when there is none.</summary>
    public static string? ErrorMessage(string html)
    {
        var match = ErrorParagraph().Match(html);
        return match.Success ? Text(match.Groups["text"].Value) : null;
    }

    /// <summary>The decoded, tag-free text of the element with the given id, or null when there is none.</summary>
    public static string? ElementText(string html, string id) => ElementInner(html, id) is { } inner ? Text(inner) : null;

    /// <summary>The raw inner HTML of the element with the given id, or null when there is none.</summary>
    public static string? ElementInner(string html, string id)
    {
        var match = Regex.Match(
            html,
            $"""<(?<tag>[a-z0-9]+)\b[^>]*\bid="{Regex.Escape(id)}"[^>]*>(?<inner>.*?)</\k<tag>>""",
            RegexOptions.Singleline | RegexOptions.IgnoreCase,
            TimeSpan.FromSeconds(1));
        return match.Success ? match.Groups["inner"].Value : null;
    }

    /// <summary>The texts of the <c>&lt;li&gt;</c> items inside <paramref name="innerHtml"/>.</summary>
    public static IReadOnlyList<string> ListItems(string innerHtml) =>
        ListItem().Matches(innerHtml).Select(m => Text(m.Groups["item"].Value)).ToList();

    /// <summary>Tags removed, entities decoded (é is sent as &amp;#xE9;), white space collapsed.</summary>
    public static string Text(string html) =>
        Spaces().Replace(WebUtility.HtmlDecode(Tag().Replace(html, " ")), " ").Trim();

    [GeneratedRegex("""<input\b[^>]*\bname="__RequestVerificationToken"[^>]*>""", RegexOptions.IgnoreCase)]
    private static partial Regex AntiforgeryInput();

    [GeneratedRegex("""\bvalue="(?<value>[^"]*)" """, RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex ValueAttribute();

    [GeneratedRegex("""<p class="crm-message crm-message-error" role="alert">(?<text>.*?)</p>""", RegexOptions.Singleline)]
    private static partial Regex ErrorParagraph();

    [GeneratedRegex("""<li\b[^>]*>(?<item>.*?)</li>""", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex ListItem();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
