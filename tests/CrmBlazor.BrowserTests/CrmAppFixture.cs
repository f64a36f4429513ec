using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Microsoft.Playwright;
using Npgsql;

namespace CrmBlazor.BrowserTests;

/// <summary>
/// The real application, started as its own process (like <c>./run.sh</c> does) in the Demo environment
/// against a database of its own, and one headless Chromium to drive it. Shared by every browser test;
/// each test opens its own browser context, so cookies never leak from one test to another.
/// </summary>
public sealed class CrmAppFixture : IAsyncLifetime
{
    public const string DemoPassword = "Demo-2026!";
    public const string AdminEmail = "admin@demo.crmblazor.fr";
    public const string SupervisorEmail = "superviseur@demo.crmblazor.fr";
    public const string OperatorEmail = "operateur@demo.crmblazor.fr";

    private const string DatabaseVariable = "CRM_TEST_DB";
    private const string ChromiumVariable = "CRM_CHROMIUM";
    private const string DefaultChromium = "/usr/bin/chromium";
    // Migrations and the demo base on a busy 2-core machine have taken over a minute.
    private static readonly TimeSpan StartupTimeout = TimeSpan.FromSeconds(180);

    private readonly AppOutput _output = new();
    private string? _serverConnectionString;
    private string? _databaseName;
    private Process? _app;
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = default!;

    /// <summary>The application's own database, for tests that seed what the journey needs (a batch, a product).</summary>
    public string ConnectionString { get; private set; } = "";

    /// <summary>Where the application answers, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public string BaseUrl { get; private set; } = "";

    /// <summary>
    /// The demo Administrateur's authenticator key once a test has enrolled 2FA for that account, so that
    /// the other tests signing in as the Administrateur can answer the second step, whatever their order.
    /// </summary>
    public string? AdminAuthenticatorKey { get; set; }

    /// <summary>Screenshots of failed tests go here (the test output directory's TestResults).</summary>
    public string ArtifactsDirectory { get; } =
        Environment.GetEnvironmentVariable("CRM_BROWSER_ARTIFACTS") is { Length: > 0 } dir
            ? dir
            : Path.Combine(AppContext.BaseDirectory, "TestResults");

    /// <summary>The application's latest console lines, for failure messages.</summary>
    public string RecentAppOutput(int lines = 60) => _output.Tail(lines);

    public async Task InitializeAsync()
    {
        try
        {
            await StartAsync();
        }
        catch
        {
            await DisposeAsync();
            throw;
        }
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
        _playwright = null;
        StopApp();
        await DropDatabaseAsync();
    }

    private async Task StartAsync()
    {
        var testDb = Environment.GetEnvironmentVariable(DatabaseVariable);
        if (string.IsNullOrWhiteSpace(testDb))
        {
            throw new InvalidOperationException(
                $"{DatabaseVariable} is not set. The browser tests need a connection string to the crm_test database " +
                "(whose role has CREATEDB), e.g. Host=127.0.0.1;Port=5432;Database=crm_test;Username=crm_test;Password=…; " +
                "./test.sh sets it up.");
        }

        var chromium = Environment.GetEnvironmentVariable(ChromiumVariable) is { Length: > 0 } path ? path : DefaultChromium;
        if (!File.Exists(chromium))
        {
            throw new InvalidOperationException(
                $"Chromium not found at {chromium}. Install Debian's chromium package or point {ChromiumVariable} at a Chromium binary.");
        }

        var appDll = AppBuild.WebDll();
        var connectionString = await CreateDatabaseAsync(testDb);
        ConnectionString = connectionString;
        var port = FreePort();
        BaseUrl = $"http://127.0.0.1:{port}/";
        StartApp(appDll, connectionString, port);
        await WaitUntilHealthyAsync();

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
        });
    }

    private async Task<string> CreateDatabaseAsync(string testDb)
    {
        var name = $"crm_browser_{Guid.NewGuid():N}"[..24];
        var connectionString = await ScratchDatabase.CreateAsync(testDb, name);
        _serverConnectionString = testDb;
        _databaseName = name;
        return connectionString;
    }

    private async Task DropDatabaseAsync()
    {
        if (_databaseName is null || _serverConnectionString is null)
        {
            return;
        }

        await ScratchDatabase.DropAsync(_serverConnectionString, _databaseName);
        _databaseName = null;
    }

    private void StartApp(string appDll, string connectionString, int port)
    {
        var start = new ProcessStartInfo(DotnetHost())
        {
            // The project directory is the content root: appsettings*.json are read from there, and the
            // static web assets manifest of the build points at wwwroot and MudBlazor's files.
            WorkingDirectory = AppBuild.WebProjectDirectory(),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(appDll);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add($"http://127.0.0.1:{port}");
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Demo";
        start.Environment["ConnectionStrings__Crm"] = connectionString;
        start.Environment["Logging__Console__FormatterName"] = "simple";
        start.Environment.Remove("DOTNET_ENVIRONMENT");
        start.Environment.Remove("ASPNETCORE_URLS");
        start.Environment.Remove("ASPNETCORE_HTTP_PORTS");

        var app = new Process { StartInfo = start, EnableRaisingEvents = true };
        app.OutputDataReceived += (_, e) => _output.Add(e.Data);
        app.ErrorDataReceived += (_, e) => _output.Add(e.Data);
        if (!app.Start())
        {
            throw new InvalidOperationException($"Could not start {start.FileName} {appDll}.");
        }

        _app = app;
        app.BeginOutputReadLine();
        app.BeginErrorReadLine();
    }

    private async Task WaitUntilHealthyAsync()
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var health = new Uri(new Uri(BaseUrl), "healthz");
        var watch = Stopwatch.StartNew();
        var last = "no answer yet";
        while (watch.Elapsed < StartupTimeout)
        {
            if (_app!.HasExited)
            {
                throw new InvalidOperationException(
                    $"The application exited with code {_app.ExitCode} before answering {health}.\n{RecentAppOutput(200)}");
            }

            try
            {
                using var response = await http.GetAsync(health);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }

                last = $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}";
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                last = e.Message;
            }

            await Task.Delay(250);
        }

        throw new TimeoutException(
            $"{health} did not answer 200 within {StartupTimeout.TotalSeconds:0} s (last: {last}).\n{RecentAppOutput(200)}");
    }

    private void StopApp()
    {
        if (_app is null)
        {
            return;
        }

        try
        {
            if (!_app.HasExited)
            {
                _app.Kill(entireProcessTree: true);
                _app.WaitForExit(10_000);
            }
        }
        catch (InvalidOperationException)
        {
            // Exited between the check and the kill.
        }

        _app.Dispose();
        _app = null;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>The dotnet host that runs the tests (set by the SDK), else the one on the PATH.</summary>
    private static string DotnetHost() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";

    /// <summary>The app's console, kept to the last lines; written from the process's reader threads.</summary>
    private sealed class AppOutput
    {
        private const int Capacity = 500;
        private readonly Queue<string> _lines = new();
        private readonly Lock _gate = new();

        public void Add(string? line)
        {
            if (line is null)
            {
                return;
            }

            lock (_gate)
            {
                _lines.Enqueue(line);
                if (_lines.Count > Capacity)
                {
                    _lines.Dequeue();
                }
            }
        }

        public string Tail(int count)
        {
            lock (_gate)
            {
                var lines = _lines.Skip(Math.Max(0, _lines.Count - count));
                return "--- application output (last lines) ---\n" + string.Join('\n', lines);
            }
        }
    }
}

[CollectionDefinition(Name)]
public sealed class CrmAppCollection : ICollectionFixture<CrmAppFixture>
{
    public const string Name = "CrmBlazor app";
}
