namespace ProdReady.Tests.Reporting;

/// <summary>
/// Compares output with a committed approved file. On a difference it writes <c>name.received.ext</c> beside the
/// approved file and fails; setting PRODREADY_APPROVE=1 accepts the output as the new approved file instead.
/// </summary>
internal static class ApprovedFile
{
    private const string ApproveVariable = "PRODREADY_APPROVE";
    private static readonly string[] RelativeFolder = ["tests", "ProdReady.Tests", "Reporting", "Approved"];

    public static void Verify(string name, string received)
    {
        var folder = Folder();
        var approvedPath = Path.Combine(folder, name);
        var receivedPath = Path.Combine(folder, $"{Path.GetFileNameWithoutExtension(name)}.received{Path.GetExtension(name)}");

        if (Environment.GetEnvironmentVariable(ApproveVariable) == "1")
        {
            File.WriteAllText(approvedPath, received);
            File.Delete(receivedPath);
            return;
        }

        var approved = File.Exists(approvedPath) ? File.ReadAllText(approvedPath) : null;
        if (approved == received)
        {
            File.Delete(receivedPath);
            return;
        }

        File.WriteAllText(receivedPath, received);
        var problem = approved is null ? "has no approved file" : "differs from its approved file";
        Assert.Fail($"{name} {problem}. Compare {receivedPath} with {approvedPath}; if the change is intended, "
            + $"rerun the tests with {ApproveVariable}=1 and review the diff of the approved file.");
    }

    // The test binaries live under bin/; walking up to the solution finds the sources even when a deterministic CI
    // build has rewritten compile-time paths such as [CallerFilePath].
    private static string Folder()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "ProdReady.slnx")))
            {
                return Path.Combine([directory.FullName, .. RelativeFolder]);
            }
        }

        throw new InvalidOperationException($"No ProdReady.slnx above {AppContext.BaseDirectory}; cannot locate the approved files.");
    }
}
