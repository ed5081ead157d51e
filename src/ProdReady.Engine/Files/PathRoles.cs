namespace ProdReady.Engine.Files;

/// <summary>What a path is for, judged from its name alone.</summary>
public static class PathRoles
{
    private static readonly HashSet<string> TestDirectories = new(StringComparer.OrdinalIgnoreCase)
    {
        "tests", "test", "__tests__", "spec", "specs", "e2e", "cypress", "playwright", "fixtures", "__fixtures__",
        "testdata", "test_data", "__mocks__", "mocks", "testing",
    };

    /// <summary>Test code and test data: a test directory or project, or a test file name in any of the stacks.</summary>
    public static bool IsTest(string path)
    {
        var segments = path.Split('/');
        if (segments[..^1].Any(s => TestDirectories.Contains(s) || IsTestProject(s)))
        {
            return true;
        }

        var name = segments[^1].ToLowerInvariant();
        return name.StartsWith("test_", StringComparison.Ordinal) || name.StartsWith("smoketest", StringComparison.Ordinal) || name.EndsWith("_test.py", StringComparison.Ordinal)
            || name.EndsWith("_tests.py", StringComparison.Ordinal) || name is "conftest.py" or "tests.py" or "setuptests.ts" or "setuptests.js"
            || name.Contains(".test.", StringComparison.Ordinal) || name.Contains(".spec.", StringComparison.Ordinal)
            || name.EndsWith("tests.cs", StringComparison.Ordinal)
            || ((name.Contains(".config.", StringComparison.Ordinal) || name.Contains(".conf.", StringComparison.Ordinal))
                && (name.StartsWith("playwright", StringComparison.Ordinal) || name.StartsWith("cypress", StringComparison.Ordinal)
                    || name.StartsWith("vitest", StringComparison.Ordinal) || name.StartsWith("jest", StringComparison.Ordinal)
                    || name.StartsWith("karma", StringComparison.Ordinal)));
    }

    /// <summary>Code a tool wrote (designer files, protobuf stubs, EF model snapshots) or a migration history
    /// (Django and EF <c>migrations/</c>, Alembic <c>versions/</c>): it runs, but nobody reviews it line by line.</summary>
    public static bool IsGeneratedOrMigration(string path)
    {
        var segments = path.Split('/');
        if (segments[..^1].Any(s => s.Equals("migrations", StringComparison.OrdinalIgnoreCase))
            || (segments.Length > 2 && segments[^2] == "versions" && segments[^3] is "alembic" or "migrations"))
        {
            return true;
        }

        // Alembic keeps its versions/ and env.py under a directory of the project's choosing (alembic/, revisions/,
        // db/revisions/core/): a versions/ directory or an env.py anywhere below one of those names is the history.
        var name = segments[^1];
        var root = Array.FindIndex(segments, 0, segments.Length - 1, s => s.ToLowerInvariant() is "alembic" or "revisions" or "migration");
        if (root >= 0 && (name == "env.py" || segments[(root + 1)..^1].Contains("versions")))
        {
            return true;
        }

        return GeneratedSuffixes.Any(s => name.EndsWith(s, StringComparison.OrdinalIgnoreCase));
    }

    private static readonly string[] GeneratedSuffixes =
    [
        ".designer.cs", ".g.cs", ".g.i.cs", ".generated.cs", "modelsnapshot.cs", "_pb2.py", "_pb2_grpc.py", ".pb.go",
        ".generated.ts", ".generated.js", ".gen.ts",
    ];

    private static bool IsTestProject(string segment)
    {
        var lower = segment.ToLowerInvariant();
        return lower.EndsWith(".tests", StringComparison.Ordinal) || lower.EndsWith(".test", StringComparison.Ordinal)
            || lower.EndsWith(".unittests", StringComparison.Ordinal) || lower.EndsWith(".integrationtests", StringComparison.Ordinal);
    }
}
