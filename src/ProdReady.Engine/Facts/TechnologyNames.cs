namespace ProdReady.Engine.Facts;

public static class TechnologyNames
{
    /// <summary>Frameworks that serve HTTP: a repository using one is a web application.</summary>
    public static System.Collections.Immutable.ImmutableArray<Technology> WebFrameworks { get; } =
        [Technology.FastApi, Technology.Django, Technology.Flask, Technology.Express, Technology.AspNetCore];

    public static bool IsLanguage(Technology technology) => technology is Technology.Python or Technology.Node or Technology.DotNet;

    public static bool IsInfrastructure(Technology technology) => technology is Technology.Docker or Technology.Compose
        or Technology.Kubernetes or Technology.Terraform or Technology.GitHubActions or Technology.GitLabCi;

    public static string Display(Technology technology) => technology switch
    {
        Technology.Node => "Node.js",
        Technology.DotNet => ".NET",
        Technology.FastApi => "FastAPI",
        Technology.DjangoRestFramework => "Django REST framework",
        Technology.SqlAlchemy => "SQLAlchemy",
        Technology.AspNetCore => "ASP.NET Core",
        Technology.EfCore => "EF Core",
        Technology.Compose => "docker-compose",
        Technology.GitHubActions => "GitHub Actions",
        Technology.GitLabCi => "GitLab CI",
        _ => technology.ToString(),
    };
}
