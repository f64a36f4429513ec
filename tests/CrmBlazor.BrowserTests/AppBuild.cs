namespace CrmBlazor.BrowserTests;

/// <summary>Where the application's build is: same configuration and framework as this test assembly.</summary>
internal static class AppBuild
{
#if DEBUG
    private const string CompiledConfiguration = "Debug";
#else
    private const string CompiledConfiguration = "Release";
#endif

    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CrmBlazor.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No CrmBlazor.sln above {AppContext.BaseDirectory}: cannot find the repository.");
    }

    public static string WebProjectDirectory() => Path.Combine(RepositoryRoot(), "src", "CrmBlazor.Web");

    /// <summary>
    /// The app's dll, built by the ProjectReference: bin/&lt;Configuration&gt;/&lt;tfm&gt;, read from this
    /// assembly's own output directory (bin/Release/net10.0 under ./test.sh), else from how it was compiled.
    /// </summary>
    public static string WebDll()
    {
        var output = new DirectoryInfo(AppContext.BaseDirectory);
        var (configuration, framework) = output.Parent is { Parent.Name: "bin" } configurationDir
            ? (configurationDir.Name, output.Name)
            : (CompiledConfiguration, "net10.0");
        var dll = Path.Combine(WebProjectDirectory(), "bin", configuration, framework, "CrmBlazor.Web.dll");
        if (!File.Exists(dll))
        {
            throw new InvalidOperationException(
                $"{dll} does not exist. Build the app in the same configuration as the tests " +
                $"(dotnet build src/CrmBlazor.Web -c {configuration}).");
        }

        return dll;
    }
}
