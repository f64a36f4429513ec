namespace CrmBlazor.Domain.Mail;

public enum SmtpTlsMode
{
    /// <summary>Plain connection (a relay on the same machine or network).</summary>
    None,

    /// <summary>Plain connection upgraded with STARTTLS (port 587).</summary>
    StartTls,

    /// <summary>TLS from the first byte (port 465).</summary>
    SslOnConnect,
}

public static class SmtpLimits
{
    public const int HostMaxLength = 200;
    public const int AccountMaxLength = 200;
    public const int SenderNameMaxLength = 100;
    public const int ProtectedPasswordMaxLength = 2000;
    public const int PasswordMaxLength = 200;
}

/// <summary>
/// How the outbox reaches the mail server: one row, set by an Administrateur. The password is kept only as
/// Data Protection ciphertext (keys in PostgreSQL); the domain never sees it in clear.
/// </summary>
public sealed class SmtpSettings
{
    public const int SingletonId = 1;

    private SmtpSettings()
    {
    }

    public int Id { get; private set; } = SingletonId;

    public string Host { get; private set; } = "";

    public int Port { get; private set; }

    public SmtpTlsMode TlsMode { get; private set; }

    public string? Account { get; private set; }

    public string? ProtectedPassword { get; private set; }

    public string SenderAddress { get; private set; } = "";

    public string SenderName { get; private set; } = "";

    public uint Version { get; private set; }

    public static SmtpSettings Create(string host, int port, SmtpTlsMode tls, string? account, string senderAddress, string senderName)
    {
        var settings = new SmtpSettings();
        settings.Change(host, port, tls, account, senderAddress, senderName);
        return settings;
    }

    public void Change(string host, int port, SmtpTlsMode tls, string? account, string senderAddress, string senderName)
    {
        Host = host.Trim();
        Port = port;
        TlsMode = tls;
        Account = string.IsNullOrWhiteSpace(account) ? null : account.Trim();
        SenderAddress = senderAddress.Trim();
        SenderName = senderName.Trim();
        if (Account is null)
        {
            ProtectedPassword = null;
        }
    }

    public void SetProtectedPassword(string? protectedPassword) => ProtectedPassword = protectedPassword;
}
