namespace ProdReady.Engine.Facts;

public enum SettingOrigin
{
    PythonModule,
    PythonClass,
    PythonDict,
    JavaScript,
    CSharp,
    DotEnv,
    Json,
    Yaml,
    Ini,
}
