using ProdReady.Engine.Facts.Readers;
using static ProdReady.Tests.Readers.ReaderKit;

namespace ProdReady.Tests.Readers;

public class DotEnvReaderTests
{
    private readonly DotEnvReader _reader = new();

    [Theory]
    [InlineData(".env", true)]
    [InlineData("backend/.env.example", true)]
    [InlineData(".env.production", true)]
    [InlineData("deploy/prod.env", true)]
    [InlineData(".envrc", false)]
    [InlineData("env.txt", false)]
    [InlineData("environment.py", false)]
    public void Accepts_dotenv_names(string path, bool expected)
    {
        Assert.Equal(expected, _reader.CanRead(File(path, "")));
    }

    [Fact]
    public void Reads_assignments_with_quotes_comments_exports_and_references()
    {
        var text = """
            # settings for local runs
            DEBUG=true
            export SECRET_KEY='abc # kept'
            DATABASE_URL="postgres://u:p@db/app" # inline comment
            EMPTY=
            PORT = 8000 # the port
            PASSWORD=pa#ss
            URL=${BASE_URL}/api
            REF=${API_KEY:-dev-key}
            REQUIRED=${TOKEN:?must be set}
            ESCAPED="a\"b\nc"
            MULTI="line1
            line2"
            not a setting
            AFTER=1
            """;

        var settings = _reader.Read(File(".env", text)).Settings.Select(Describe);

        Lines(
        [
            "DEBUG = String 'true' @2:7+4 key@2:1+5",
            "SECRET_KEY = String 'abc # kept' @3:19+12 key@3:8+10",
            "DATABASE_URL = String 'postgres://u:p@db/app' @4:14+23 key@4:1+12",
            "EMPTY = String '' @5:7+0 key@5:1+5",
            "PORT = String '8000' @6:8+4 key@6:1+4",
            "PASSWORD = String 'pa#ss' @7:10+5 key@7:1+8",
            "URL = Expression ${BASE_URL}/api @8:5+15 key@8:1+3",
            "REF = EnvLookup(API_KEY, dev-key) @9:5+19 key@9:1+3",
            "REQUIRED = EnvLookup(TOKEN, -) @10:10+21 key@10:1+8",
            "ESCAPED = String 'a\"b\nc' @11:9+9 key@11:1+7",
            "MULTI = String 'line1\nline2' @12:7+13 key@12:1+5",
            "AFTER = String '1' @15:7+1 key@15:1+5",
        ], settings);
    }

    [Fact]
    public void Single_quotes_are_literal_and_never_references()
    {
        var setting = Assert.Single(_reader.Read(File(".env", "A='${B}'\r\n")).Settings);

        Assert.Equal("A = String '${B}' @1:3+6 key@1:1+1", Describe(setting));
        Assert.Equal("DotEnv", setting.Origin.ToString());
    }
}
