namespace ProdReady.Engine.Facts;

/// <summary>What stack detection can recognise; a rule names the ones it applies to.</summary>
public enum Technology
{
    Python,
    Node,
    DotNet,
    FastApi,
    Django,
    DjangoRestFramework,
    Flask,
    Celery,
    SqlAlchemy,
    Alembic,
    Express,
    React,
    Vite,
    AspNetCore,
    EfCore,
    Docker,
    Compose,
    Kubernetes,
    Terraform,
    GitHubActions,
    GitLabCi,
}
