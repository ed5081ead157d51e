using ProdReady.Model;

namespace ProdReady.Tests;

public class RedactorTests
{
    [Theory]
    [InlineData("SECRET_KEY: str = \"change-me-in-production\"", "SECRET_KEY: str = \"chan…\"")]
    [InlineData("JWT_SECRET=supersecretvalue123", "JWT_SECRET=supe…")]
    [InlineData("url = \"postgres://app:hunter2pass@db:5432/app\"", "url = \"postgres://app:hu…@db:5432/app\"")]
    [InlineData("SECRET_KEY = os.environ[\"SECRET_KEY\"]", "SECRET_KEY = os.environ[\"SECRET_KEY\"]")]
    [InlineData("password: str", "password: str")]
    [InlineData("DEBUG: bool = True", "DEBUG: bool = True")]
    public void Defensive_pass_masks_secret_like_values_and_leaves_code(string line, string expected)
    {
        Assert.Equal(expected, Redactor.Snippet(line).Value);
    }

    [Fact]
    public void Known_secret_spans_are_masked_to_a_prefix()
    {
        var line = "token = abcdefghijklmnopqrst";
        Assert.Equal("token = abcd…", Redactor.Snippet(line, [new TextSpan(8, 20)]).Value);
    }

    [Fact]
    public void Long_random_tokens_are_masked_even_without_a_name()
    {
        var line = "value \"AbCdEf0123456789GhIjKlMnOpQrStUvWx\"";
        Assert.Equal("value \"AbCd…\"", Redactor.Snippet(line).Value);
    }
}
