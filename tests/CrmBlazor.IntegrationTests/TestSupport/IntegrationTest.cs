namespace CrmBlazor.IntegrationTests.TestSupport;

/// <summary>Base of the integration tests: each test starts on an empty database (roles and Quartz's tables kept).</summary>
[Collection(IntegrationCollection.Name)]
public abstract class IntegrationTest(CrmAppFixture app) : IAsyncLifetime
{
    protected CrmAppFixture App { get; } = app;

    public Task InitializeAsync() => App.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    /// <summary>A new browser-like client: its own cookies, redirects not followed.</summary>
    protected WebSession NewSession() => App.NewSession();
}
