using ProdReady.Engine.Config;
using ProdReady.Engine.Files;
using ProdReady.Tests.Walking;

namespace ProdReady.Tests.Config;

public class ConfigLoaderTests
{
    [Fact]
    public void A_valid_file_is_read_into_the_configuration()
    {
        using var tree = new TempTree().Write(".prodready.yml", """
            # audit settings
            max-file-size-kb: 512
            exclude:
              - docs/
              - "*.generated.cs"
            disable: [sec001, CFG002, SEC001]
            severity:
              SEC003: low
              ctr001: High
            """);

        var config = ConfigLoader.Load(tree.Root, null);

        Assert.Equal(512 * 1024, config.MaxFileBytes);
        Assert.Equal<string>(["docs/", "*.generated.cs"], config.Excludes);
        Assert.Equal<string>(["SEC001", "CFG002"], config.DisabledRules);
        Assert.Equal<KeyValuePair<string, string>>(
            [new("CTR001", "high"), new("SEC003", "low")],
            config.SeverityOverrides.OrderBy(p => p.Key, StringComparer.Ordinal));
        var walk = config.ToWalkOptions();
        Assert.Equal(512 * 1024, walk.MaxFileBytes);
        Assert.Equal<string>(["docs/", "*.generated.cs"], walk.Excludes);
        Assert.True(walk.UseGit);
    }

    [Theory]
    [InlineData("")]
    [InlineData("# nothing set\n")]
    [InlineData("---\n")]
    [InlineData("exclude:\ndisable: ~\nseverity:\n")]
    public void A_missing_or_empty_file_gives_the_defaults(string text)
    {
        using var tree = new TempTree();
        if (text.Length > 0)
        {
            tree.Write(".prodready.yml", text);
        }

        var config = ConfigLoader.Load(tree.Root, null);

        Assert.Equal(WalkOptions.DefaultMaxFileBytes, config.MaxFileBytes);
        Assert.Empty(config.Excludes);
        Assert.Empty(config.DisabledRules);
        Assert.Empty(config.SeverityOverrides);
    }

    [Fact]
    public void An_explicit_path_is_used_instead_of_the_root_file()
    {
        using var tree = new TempTree()
            .Write(".prodready.yml", "max-file-size-kb: 1\n")
            .Write("ci/audit.yml", "max-file-size-kb: 2\n");

        var config = ConfigLoader.Load(tree.Root, tree.PathOf("ci/audit.yml"));

        Assert.Equal(2048, config.MaxFileBytes);
    }

    [Fact]
    public void An_explicit_path_that_does_not_exist_is_an_error()
    {
        using var tree = new TempTree();
        var missing = tree.PathOf("nope.yml");

        var error = Assert.Throws<ConfigException>(() => ConfigLoader.Load(tree.Root, missing));

        Assert.Equal($"{missing}: configuration file not found", error.Message);
        Assert.Null(error.Line);
    }

    [Theory]
    [InlineData("exclude: []\nignore-paths: [x]\n", ".prodready.yml:2: unknown key 'ignore-paths' (expected max-file-size-kb, exclude, disable, severity or ignore)")]
    [InlineData("exclude:\n  - a\nmax-file-size-kb: -5\n", ".prodready.yml:3: 'max-file-size-kb' must be a positive whole number")]
    [InlineData("max-file-size-kb: 0\n", ".prodready.yml:1: 'max-file-size-kb' must be a positive whole number")]
    [InlineData("max-file-size-kb: 1.5\n", ".prodready.yml:1: 'max-file-size-kb' must be a positive whole number")]
    [InlineData("max-file-size-kb: [1]\n", ".prodready.yml:1: 'max-file-size-kb' must be a positive whole number")]
    [InlineData("max-file-size-kb: 2000000\n", ".prodready.yml:1: 'max-file-size-kb' must be at most 1048576 (1 GiB)")]
    [InlineData("exclude: *missing\n", ".prodready.yml:1: 'exclude' must be a list of path patterns")]
    [InlineData("exclude: docs/\n", ".prodready.yml:1: 'exclude' must be a list of path patterns")]
    [InlineData("exclude:\n  - a\n  - [b]\n", ".prodready.yml:3: 'exclude' must be a list of path patterns")]
    [InlineData("exclude:\n  - ''\n", ".prodready.yml:2: 'exclude' has an empty pattern")]
    [InlineData("disable:\n  - SEC001\n  - nope\n", ".prodready.yml:3: 'nope' in 'disable' is not a rule ID (expected letters and three digits, such as CFG001)")]
    [InlineData("severity:\n  SEC001: urgent\n", ".prodready.yml:2: 'severity' of SEC001 must be critical, high, medium, low or info")]
    [InlineData("severity: [SEC001]\n", ".prodready.yml:1: 'severity' must map rule IDs to severities, such as 'SEC001: low'")]
    [InlineData("exclude: []\nexclude: [a]\n", ".prodready.yml:2: 'exclude' is set more than once")]
    [InlineData("- exclude\n", ".prodready.yml:1: expected settings as 'key: value' lines")]
    [InlineData("exclude: []\n---\ndisable: []\n", ".prodready.yml:2: only one YAML document is allowed")]
    public void Invalid_settings_name_the_file_line_and_problem(string text, string message)
    {
        using var tree = new TempTree().Write(".prodready.yml", text);

        var error = Assert.Throws<ConfigException>(() => ConfigLoader.Load(tree.Root, null));

        Assert.Equal(message, error.Message);
        Assert.Equal(".prodready.yml", error.File);
    }

    [Theory]
    [InlineData("exclude:\n  - a\n disable: []\n", ".prodready.yml:3: invalid YAML: While parsing a block mapping, did not find expected key.")]
    [InlineData("severity: 'unterminated\n", ".prodready.yml:1: invalid YAML: While scanning a quoted scalar, found unexpected end of stream.")]
    [InlineData("exclude: [a, b\ndisable: []\n", ".prodready.yml:1: invalid YAML: unexpected structure (check brackets and quotes)")]
    public void Invalid_yaml_names_the_line(string text, string message)
    {
        using var tree = new TempTree().Write(".prodready.yml", text);

        var error = Assert.Throws<ConfigException>(() => ConfigLoader.Load(tree.Root, null));

        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void A_root_file_that_is_a_symlink_out_of_the_repository_is_not_read()
    {
        using var outside = new TempTree().Write("settings.yml", "max-file-size-kb: 1\n");
        using var tree = new TempTree().Link(".prodready.yml", outside.PathOf("settings.yml"));

        var error = Assert.Throws<ConfigException>(() => ConfigLoader.Load(tree.Root, null));

        Assert.Equal(".prodready.yml: symlink outside the repository, not read", error.Message);
    }
}
