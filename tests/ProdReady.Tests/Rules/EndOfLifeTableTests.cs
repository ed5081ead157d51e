using System.Globalization;
using ProdReady.Rules.Containers;

namespace ProdReady.Tests.Rules;

public sealed class EndOfLifeTableTests
{
    [Fact]
    public void No_release_is_listed_before_its_support_has_ended()
    {
        var asOf = DateOnly.ParseExact(EndOfLifeImages.CurrentAsOf, "yyyy-MM-dd", CultureInfo.InvariantCulture);

        var early = EndOfLifeImages.Entries()
            .Where(e => DateOnly.ParseExact(e.Date, "yyyy-MM-dd", CultureInfo.InvariantCulture) > asOf)
            .Select(e => e.Release);

        Assert.Empty(early);
    }
}
