namespace CrmBlazor.Application.Recurring.Online;

/// <summary>Settings of the online collection (section « Recurring »), documented in docs/formats/online-gifts.md.</summary>
public sealed class OnlineGiftOptions
{
    public const string Section = "Recurring";

    /// <summary>The folder the web site drops its files into; empty: <see cref="DefaultInbox"/>.</summary>
    public string? OnlineInbox { get; set; }

    /// <summary>Lower- or upper-case hex SHA-256 of the API key the web site sends; empty: the endpoint refuses every call.</summary>
    public string? OnlineApiKeySha256 { get; set; }

    /// <summary>The day of the month online SEPA gifts are debited.</summary>
    public int OnlineSepaCollectionDay { get; set; } = 5;

    /// <summary>Under the app's local data folder (~/.local/share on Linux, %LOCALAPPDATA% on Windows).</summary>
    public static string DefaultInbox =>
        Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create), "CrmBlazor", "collecte");

    public string InboxPath => string.IsNullOrWhiteSpace(OnlineInbox) ? DefaultInbox : OnlineInbox;
}
