namespace CrmBlazor.UnitTests.Data;

internal static class Repository
{
    public static string Root()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CrmBlazor.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("CrmBlazor.sln not found above " + AppContext.BaseDirectory);
    }
}
