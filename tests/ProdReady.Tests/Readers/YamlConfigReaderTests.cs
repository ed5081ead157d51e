using System.Diagnostics;
using ProdReady.Engine.Facts;
using ProdReady.Engine.Facts.Readers;
using static ProdReady.Tests.Readers.ReaderKit;

namespace ProdReady.Tests.Readers;

public class YamlConfigReaderTests
{
    private readonly YamlConfigReader _reader = new();

    [Theory]
    [InlineData("config.yml", "a: 1", true)]
    [InlineData("config/settings.production.yaml", "a: 1", true)]
    [InlineData("src/main/resources/application.yml", "a: 1", true)]
    [InlineData("charts/api/values.yaml", "replicaCount: 1", true)]
    [InlineData("mkdocs.yml", "site_name: x", true)]
    [InlineData("docker-compose.yml", "services: {}", false)]
    [InlineData("deploy/docker-compose.prod.yaml", "services: {}", false)]
    [InlineData("compose.yaml", "services: {}", false)]
    [InlineData(".github/workflows/ci.yml", "on: push", false)]
    [InlineData(".gitlab-ci.yml", "stages: []", false)]
    [InlineData("charts/api/Chart.yaml", "name: api", false)]
    [InlineData("k8s/kustomization.yaml", "resources: []", false)]
    [InlineData("k8s/api.yaml", "apiVersion: apps/v1\nkind: Deployment\n", false)]
    [InlineData("k8s/all.yaml", "a: 1\n---\nkind: Service\napiVersion: v1\n", false)]
    [InlineData("k8s/not-k8s.yaml", "apiVersion: 2\nkind: Widget\n", true)]
    [InlineData("istio/frontend.yaml", "apiVersion: networking.istio.io/v1beta1\nkind: VirtualService\n", false)]
    [InlineData("skaffold.yaml", "apiVersion: skaffold/v4beta1\nkind: Config\n", true)]
    [InlineData("docs/openapi.yaml", "openapi: 3.0.0\ninfo: {}\n", false)]
    [InlineData("pnpm-lock.yaml", "lockfileVersion: 6", false)]
    [InlineData("charts/api/templates/hpa.yaml", "{{- if .Values.hpa }}\n  spec: {}\n{{- end }}\n", false)]
    [InlineData("app/templates/email.yaml", "subject: hello\n", true)]
    [InlineData("config.json", "{}", false)]
    public void Accepts_configuration_yaml_only(string path, string text, bool expected)
    {
        Assert.Equal(expected, _reader.CanRead(File(path, text)));
    }

    [Fact]
    public void Flattens_every_key_with_typed_values_and_marks()
    {
        var text = """
            app:
              debug: yes
              port: 8000
              name: "demo"
              ratio: 0.5
              empty:
              version: '1.0'
              hosts:
                - a.example
                - b.example
                # end of hosts
              flow: [x, {y: 1}]
              db:
                url: ${DATABASE_URL}
                dsn: postgres://${USER}@db/app
            ---
            defaults: &defaults
              timeout: 30
            production:
              <<: *defaults
              secret: !vault abc
            """;

        var settings = _reader.Read(File("config.yml", text)).Settings;

        Lines(
        [
            "app = Dict debug: yes\n  port: 8000\n  name: \"demo\"\n  ratio: 0.5\n  empty:\n  version: '1.0'\n  hosts:\n    - a.example\n    - b.example\n    # end of hosts\n  flow: [x, {y: 1}]\n  db:\n    url: ${DATABASE_URL}\n    dsn: postgres://${USER}@db/app @2:3+223 key@1:1+3",
            "app.debug = Bool true @2:10+3 key@2:3+5",
            "app.port = Number 8000 @3:9+4 key@3:3+4",
            "app.name = String 'demo' @4:9+6 key@4:3+4",
            "app.ratio = Number 0.5 @5:10+3 key@5:3+5",
            "app.empty = Null  @6:9+0 key@6:3+5",
            "app.version = String '1.0' @7:12+5 key@7:3+7",
            "app.hosts = List - a.example\n    - b.example @9:5+27 key@8:3+5",
            "app.flow = List [x, {y: 1}] @12:9+11 key@12:3+4",
            "app.flow.1.y = Number 1 @12:17+1 key@12:14+1",
            "app.db = Dict url: ${DATABASE_URL}\n    dsn: postgres://${USER}@db/app @14:5+55 key@13:3+2",
            "app.db.url = EnvLookup(DATABASE_URL, -) @14:10+15 key@14:5+3",
            "app.db.dsn = Expression postgres://${USER}@db/app @15:10+25 key@15:5+3",
            "defaults = Dict &defaults\n  timeout: 30 @17:11+23 key@17:1+8",
            "defaults.timeout = Number 30 @18:12+2 key@18:3+7",
            "production = Dict <<: *defaults\n  secret: !vault abc @20:3+34 key@19:1+10",
            "production.<< = Expression *defaults @20:7+9 key@20:3+2",
            "production.secret = Expression !vault abc @21:11+10 key@21:3+6",
        ], settings.Select(Describe));
        Assert.All(settings, s => Assert.Equal(SettingOrigin.Yaml, s.Origin));
    }

    [Theory]
    [InlineData("a: b: c\n", "invalid YAML at line 1, column 5: While scanning a plain scalar value, found invalid mapping.")]
    [InlineData("a:\n  - 1\n b: 2\n", "invalid YAML at line 3, column 2: While parsing a block mapping, did not find expected key.")]
    [InlineData("a: [1, 2\nb: 3\n", "invalid YAML after line 1: Operation is not valid due to the current state of the object.")]
    public void Malformed_yaml_is_a_one_line_reader_error(string text, string expected)
    {
        var error = Assert.Throws<FactReaderException>(() => _reader.Read(File("config.yml", text)));

        Assert.Equal(expected, error.Message);
    }

    [Fact]
    public void Nesting_deeper_than_the_limit_is_refused()
    {
        var text = new string('[', 100) + new string(']', 100);

        var error = Assert.Throws<FactReaderException>(() => _reader.Read(File("config.yml", text)));

        Assert.Equal("invalid YAML at line 1, column 66: nested deeper than 64 levels", error.Message);
    }

    [Fact]
    public void Aliases_are_never_expanded_so_an_alias_bomb_stays_small()
    {
        var lines = new List<string> { "a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]" };
        for (var i = 1; i < 10; i++)
        {
            lines.Add($"a{i}: &a{i} [{string.Join(", ", Enumerable.Repeat($"*a{i - 1}", 9))}]");
        }

        var watch = Stopwatch.StartNew();
        var settings = _reader.Read(File("config.yml", string.Join('\n', lines))).Settings;

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"took {watch.Elapsed}");
        Assert.Equal(10, settings.Length);
        Assert.Equal(["*a8"], settings[9].Value.Items.Select(i => i.Raw).Distinct());
        Assert.All(settings[9].Value.Items, i => Assert.Equal(ValueKind.Expression, i.Kind));
    }
}
