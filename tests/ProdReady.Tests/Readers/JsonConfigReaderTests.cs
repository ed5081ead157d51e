using ProdReady.Engine.Facts;
using ProdReady.Engine.Facts.Readers;
using static ProdReady.Tests.Readers.ReaderKit;

namespace ProdReady.Tests.Readers;

public class JsonConfigReaderTests
{
    private readonly JsonConfigReader _reader = new();

    [Theory]
    [InlineData("appsettings.json", true)]
    [InlineData("src/Api/appsettings.Production.json", true)]
    [InlineData("config.json", true)]
    [InlineData("config.production.json", true)]
    [InlineData("settings.dev.json", true)]
    [InlineData("app.config.json", true)]
    [InlineData("Properties/launchSettings.json", true)]
    [InlineData("secrets.json", true)]
    [InlineData("config/default.json", true)]
    [InlineData("package.json", false)]
    [InlineData("package-lock.json", false)]
    [InlineData("src/Api/packages.lock.json", false)]
    [InlineData("clock-settings.json", true)]
    [InlineData("tsconfig.json", false)]
    [InlineData("tsconfig.app.json", false)]
    [InlineData("jsconfig.json", false)]
    [InlineData(".eslintrc.json", false)]
    [InlineData("babel.config.json", false)]
    [InlineData("config.schema.json", false)]
    [InlineData(".vscode/settings.json", false)]
    [InlineData("node_modules/x/config.json", false)]
    [InlineData("data/users.json", false)]
    [InlineData("appsettings.yaml", false)]
    public void Accepts_configuration_json_only(string path, bool expected)
    {
        Assert.Equal(expected, _reader.CanRead(File(path, "{}")));
    }

    [Fact]
    public void Flattens_every_key_with_typed_values_and_exact_positions()
    {
        var text = """
            {
              // comments and trailing commas are allowed, as in appsettings
              "Logging": { "LogLevel": { "Default": "Information" } },
              "AllowedHosts": "*",
              "ConnectionStrings": {
                "Default": "Data Source=app.db"
              },
              "Port": 8080, "Ratio": -1.5e3,
              "Enabled": true,
              "Missing": null,
              "Origins": ["https://a.example", { "Name": "b" }],
              "Café": "é", "Next": "\u0041",
            }
            """;

        var settings = _reader.Read(File("appsettings.json", text)).Settings;

        Lines(
        [
            "Logging = Dict { \"LogLevel\": { \"Default\": \"Information\" } } @3:14+44 key@3:3+9",
            "Logging.LogLevel = Dict { \"Default\": \"Information\" } @3:28+28 key@3:16+10",
            "Logging.LogLevel.Default = String 'Information' @3:41+13 key@3:30+9",
            "AllowedHosts = String '*' @4:19+3 key@4:3+14",
            "ConnectionStrings = Dict {\n    \"Default\": \"Data Source=app.db\"\n  } @5:24+41 key@5:3+19",
            "ConnectionStrings.Default = String 'Data Source=app.db' @6:16+20 key@6:5+9",
            "Port = Number 8080 @8:11+4 key@8:3+6",
            "Ratio = Number -1.5e3 @8:26+6 key@8:17+7",
            "Enabled = Bool true @9:14+4 key@9:3+9",
            "Missing = Null  @10:14+4 key@10:3+9",
            "Origins = List [\"https://a.example\", { \"Name\": \"b\" }] @11:14+38 key@11:3+9",
            "Origins.1.Name = String 'b' @11:46+3 key@11:38+6",
            "Café = String 'é' @12:11+3 key@12:3+6",
            "Next = String 'A' @12:24+8 key@12:16+6",
        ], settings.Select(Describe));
        Assert.All(settings, s => Assert.Equal(SettingOrigin.Json, s.Origin));
        Assert.Equal(["https://a.example", null], settings[10].Value.Items.Select(i => i.Text));
    }

    [Fact]
    public void Malformed_json_is_a_one_line_reader_error()
    {
        var error = Assert.Throws<FactReaderException>(() => _reader.Read(File("appsettings.json", "{\n  \"a\": 1\n  \"b\": 2\n}")));

        Assert.Equal("invalid JSON at line 3: '\"' is invalid after a value. Expected either ',', '}', or ']'.", error.Message);
    }

    [Fact]
    public void Empty_file_has_no_settings()
    {
        Assert.Empty(_reader.Read(File("config.json", "  \n")).Settings);
    }

    [Fact]
    public void Byte_order_mark_is_not_a_column()
    {
        var setting = Assert.Single(_reader.Read(File("config.json", "\uFEFF{\"a\": 1}")).Settings);

        Assert.Equal("a = Number 1 @1:8+1 key@1:3+3", Describe(setting));
    }
}
