namespace CrmBlazor.Application.Demo;

/// <summary>The <c>Demo</c> configuration section, set only by the demo environment that ./run.sh uses.</summary>
public sealed class DemoOptions
{
    public const string Section = "Demo";

    public bool SeedAccounts { get; set; }

    /// <summary>The shared password of the demo accounts; public by design, never used outside the demo.</summary>
    public string AccountPassword { get; set; } = "";

    public List<DemoAccount> Accounts { get; set; } = [];

    /// <summary>How many demo contacts to load at start-up into a base without contacts; 0 loads none.</summary>
    public int Contacts { get; set; }
}

public sealed class DemoAccount
{
    public string Email { get; set; } = "";

    public string DisplayName { get; set; } = "";

    public string Role { get; set; } = "";
}
