namespace ProdReady.Model;

public enum Area
{
    Secrets,
    Configuration,
    Security,
    Database,
    Performance,
    Observability,
    Containers,
    Kubernetes,
    Infrastructure,
    CiCd,
    Testing,
    MlServing,
    Documentation,
}
