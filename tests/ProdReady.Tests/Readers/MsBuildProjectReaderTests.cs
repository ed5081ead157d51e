using ProdReady.Engine.Facts;
using ProdReady.Engine.Facts.Readers;
using static ProdReady.Tests.Readers.ReaderKit;

namespace ProdReady.Tests.Readers;

public class MsBuildProjectReaderTests
{
    private readonly MsBuildProjectReader _reader = new();

    [Theory]
    [InlineData("src/Api/Api.csproj", true)]
    [InlineData("Lib.fsproj", true)]
    [InlineData("Directory.Packages.props", false)]
    [InlineData("App.sln", false)]
    public void Accepts_project_files(string path, bool expected)
    {
        Assert.Equal(expected, _reader.CanRead(File(path, "<Project />")));
    }

    [Fact]
    public void Reads_package_references_with_line_info()
    {
        var text = """
            <Project Sdk="Microsoft.NET.Sdk.Web">
              <ItemGroup>
                <PackageReference Include="Microsoft.EntityFrameworkCore.Sqlite" Version="8.0.4" />
                <PackageReference Include="Serilog.AspNetCore">
                  <Version>8.0.1</Version>
                </PackageReference>
                <PackageReference Include="StyleCop.Analyzers" Version="1.1.118" PrivateAssets="all" />
                <PackageReference Include="Swashbuckle.AspNetCore" />
              </ItemGroup>
            </Project>
            """;

        var dependencies = _reader.Read(File("Api.csproj", text)).Dependencies.Select(Describe);

        Lines(
        [
            "nuget Microsoft.EntityFrameworkCore.Sqlite 8.0.4 @3:5+17",
            "nuget Serilog.AspNetCore 8.0.1 @4:5+17",
            "nuget StyleCop.Analyzers 1.1.118 dev @7:5+17",
            "nuget Swashbuckle.AspNetCore - @8:5+17",
        ], dependencies);
    }

    [Fact]
    public void Malformed_xml_is_a_reader_error()
    {
        var error = Assert.Throws<FactReaderException>(() => _reader.Read(File("Api.csproj", "<Project>\n<ItemGroup>\n</Project>")));

        Assert.StartsWith("invalid XML at line 3: ", error.Message);
        Assert.DoesNotContain('\n', error.Message);
    }
}
