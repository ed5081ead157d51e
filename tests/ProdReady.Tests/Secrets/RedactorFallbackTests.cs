using ProdReady.Model;

namespace ProdReady.Tests.Secrets;

public sealed class RedactorFallbackTests
{
    [Theory]
    [InlineData("const JWT_SECRET = process.env.JWT_SECRET || \"supersecret\";", "const JWT_SECRET = proc… || \"su…\";")]
    [InlineData("const apiKey = config.apiKey ?? 'k3y-from-code';", "const apiKey = conf… ?? 'k3y-…';")]
    [InlineData("API_SECRET = os.getenv(\"API_SECRET\") or \"secret\"", "API_SECRET = os.getenv(\"API_SECRET\") or \"se…\"")]
    public void A_literal_fallback_after_a_secret_lookup_is_masked(string line, string expected)
    {
        Assert.Equal(expected, Redactor.Snippet(line).Value);
    }

    [Fact]
    public void A_fallback_on_a_line_without_a_secret_name_is_kept()
    {
        Assert.Equal("const port = process.env.PORT || \"8080\";", Redactor.Snippet("const port = process.env.PORT || \"8080\";").Value);
    }
}
