namespace ProdReady.Model;

public enum Verdict
{
    NotReady,
    ReadyAfterFixes,
    Ready,
}
