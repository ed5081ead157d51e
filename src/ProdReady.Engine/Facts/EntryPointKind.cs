namespace ProdReady.Engine.Facts;

public enum EntryPointKind
{
    /// <summary>A development server: <c>uvicorn --reload</c>, <c>flask run</c>, <c>manage.py runserver</c>, <c>app.run()</c>, <c>vite</c>/<c>npm run dev</c>.</summary>
    DevelopmentServer,

    /// <summary>A production-grade server: gunicorn, uvicorn with workers, daphne, node/pm2 on a built bundle, Kestrel.</summary>
    ProductionServer,

    /// <summary>A start command whose server could not be classified.</summary>
    Other,
}
