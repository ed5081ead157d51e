namespace ProdReady.Model;

public enum Priority
{
    P0,
    P1,
    P2,
}
