using System.Collections.Frozen;
using ProdReady.Engine.Facts;

namespace ProdReady.Rules.MlServing;

/// <summary>Recognises calls that load a model or a serialized artefact from storage: joblib/pickle/torch loads,
/// Keras/XGBoost/MLflow <c>load_model</c>, ONNX Runtime sessions, Hugging Face <c>from_pretrained</c>, LightGBM and
/// XGBoost boosters built from a model file.</summary>
internal static class ModelLoads
{
    private static readonly string[] QualifiedLoads =
        ["joblib.load", "pickle.load", "cloudpickle.load", "dill.load", "torch.load", "torch.jit.load", "saved_model.load"];

    /// <summary>Names that load when imported from one of these modules (<c>from joblib import load</c>).</summary>
    private static readonly FrozenDictionary<string, string[]> ImportedLoaders = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["load"] = ["joblib", "pickle", "cloudpickle", "dill", "torch"],
        ["load_model"] = ["keras", "tensorflow", "mlflow", "xgboost"],
        ["InferenceSession"] = ["onnxruntime"],
        ["SentenceTransformer"] = ["sentence_transformers"],
        ["pipeline"] = ["transformers"],
        ["YOLO"] = ["ultralytics"],
        ["load_learner"] = ["fastai"],
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly string[] MlModules =
        ["keras", "tensorflow", "mlflow", "xgboost", "lightgbm", "catboost", "torch", "sklearn", "joblib", "transformers", "onnxruntime"];

    public static bool IsLoad(CallFact call, RepositoryFacts facts)
    {
        if (call.Language != SourceLanguage.Python)
        {
            return false;
        }

        if (QualifiedLoads.Any(call.Is) || call.Name is "from_pretrained" or "InferenceSession")
        {
            return true;
        }

        if (call.Name == "Booster" && call.Keyword("model_file") is not null)
        {
            return true;
        }

        var bare = !call.Callee.Contains('.', StringComparison.Ordinal);
        if (bare && ImportedLoaders.TryGetValue(call.Name, out var modules))
        {
            return facts.ImportsIn(call.Span.File).Any(i => i.Names.Contains(call.Name)
                && modules.Any(m => i.Module == m || i.Module.StartsWith(m + ".", StringComparison.Ordinal)));
        }

        if (call.Name != "load_model" || bare)
        {
            return false;
        }

        // A load_model method is a model load only where a file works with an ML library: Django's swapper.load_model()
        // and apps' own registries are not.
        if (!facts.ImportsIn(call.Span.File).Any(i => MlModules.Any(m => i.Module == m || i.Module.StartsWith(m + ".", StringComparison.Ordinal))))
        {
            return false;
        }

        // app.load_model() delegating to the repository's own loader is judged where that loader calls the library.
        return call.EnclosingFunction == "load_model" || !facts.Functions.Any(f => f.Name == "load_model" && f.Language == SourceLanguage.Python);
    }
}
