using System.Collections.Immutable;
using ProdReady.Engine.Rules;

namespace ProdReady.Rules.MlServing;

public sealed partial class ConstantShadowsModelMetadata
{
    private static ImmutableArray<RuleExample> Examples =>
    [
        RuleExample.Bad(
            "the health score divides by a literal 150 while the failure probability reads initial_rul (seed 004)",
            ("requirements.txt", "fastapi==0.110.0\nxgboost==2.0.3\n"),
            ("backend/health_predictor.py", """
                def predict_health(model, metadata, features):
                    remaining = float(model.predict(features)[0])
                    health_score = calculate_health_score(remaining, [|150|])
                    failure_probability = 1 - remaining / metadata.get("initial_rul", 150)
                    return health_score, failure_probability
                """)),
        RuleExample.Bad(
            "a decision threshold repeated as a keyword argument",
            ("requirements.txt", "flask==3.0.2\nscikit-learn==1.4.0\n"),
            ("service/scoring.py", """
                def score(model, model_metadata, rows):
                    threshold = model_metadata.get("threshold", 0.7)
                    probabilities = model.predict_proba(rows)[:, 1]
                    return label(probabilities, cutoff=[|0.7|]), threshold
                """)),
        RuleExample.Good(
            "the value read from the metadata is passed along",
            ("requirements.txt", "fastapi==0.110.0\n"),
            ("backend/health_predictor.py", """
                def predict_health(model, metadata, features):
                    initial_rul = metadata.get("initial_rul", 150)
                    remaining = float(model.predict(features)[0])
                    return calculate_health_score(remaining, initial_rul)
                """)),
        RuleExample.Good(
            "a literal 1 is everywhere and proves nothing",
            ("requirements.txt", "fastapi==0.110.0\n"),
            ("backend/predictor.py", """
                def batch(model, metadata, rows):
                    size = metadata.get("batch_size", 1)
                    return model.predict(rows[:size], verbose=1)
                """)),
        RuleExample.Good(
            "a settings dictionary is not the model's metadata",
            ("requirements.txt", "fastapi==0.110.0\n"),
            ("backend/pool.py", """
                def connect(settings, create_pool):
                    size = settings.get("pool_size", 10)
                    return create_pool(size, timeout=10)
                """)),
        RuleExample.Good(
            "a bare get() imported from elsewhere has no receiver to judge",
            ("requirements.txt", "fastapi==0.110.0\n"),
            ("backend/config.py", """
                from operator import itemgetter as get


                def limit(rows):
                    cap = get("max_rows", 500)
                    return rows[:500], cap
                """)),
    ];
}
