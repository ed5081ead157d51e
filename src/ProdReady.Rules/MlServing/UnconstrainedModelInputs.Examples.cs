using System.Collections.Immutable;
using ProdReady.Engine.Rules;

namespace ProdReady.Rules.MlServing;

public sealed partial class UnconstrainedModelInputs
{
    private static ImmutableArray<RuleExample> Examples =>
    [
        RuleExample.Bad(
            "sensor readings reach the model without range checks (seed 004); the bounded field is fine",
            ("requirements.txt", "fastapi==0.110.0\njoblib==1.3.2\n"),
            ("routes/prediction_routes.py", """
                import joblib
                from fastapi import APIRouter
                from pydantic import BaseModel, Field

                router = APIRouter()
                model = joblib.load("model.joblib")


                class SensorReading(BaseModel):
                    machine_id: str
                    [|temperature|]: float
                    [|vibration|]: float
                    pressure: float = Field(..., ge=0, le=500)


                @router.post("/predict")
                def predict(reading: SensorReading):
                    return {"rul": float(model.predict([[reading.temperature, reading.vibration, reading.pressure]])[0])}
                """)),
        RuleExample.Bad(
            "a prediction request model with optional and integer features",
            ("requirements.txt", "fastapi==0.110.0\nscikit-learn==1.4.1\n"),
            ("app/schemas.py", """
                from typing import Optional

                from pydantic import BaseModel


                class PredictionRequest(BaseModel):
                    [|age|]: int
                    [|income|]: Optional[float] = None
                    city: str


                class PredictionResponse(BaseModel):
                    probability: float
                """),
            ("app/model.py", """
                from sklearn.linear_model import LogisticRegression

                clf = LogisticRegression()
                """)),
        RuleExample.Bad(
            "fields inherited from a base request model are judged where they are declared",
            ("requirements.txt", "fastapi==0.110.0\nxgboost==2.0.3\n"),
            ("api/forecast.py", """
                import xgboost as xgb
                from pydantic import BaseModel, Field


                class Telemetry(BaseModel):
                    [|rpm|]: float


                class ForecastRequest(Telemetry):
                    horizon_days: int = Field(7, ge=1, le=30)
                """)),
        RuleExample.Good(
            "every numeric input is bounded (Field, Annotated, confloat) or checked by a validator",
            ("requirements.txt", "fastapi==0.110.0\njoblib==1.3.2\npydantic==2.6.4\n"),
            ("app/schemas.py", """
                from typing import Annotated

                import joblib
                from pydantic import BaseModel, Field, confloat, field_validator


                class PredictionInput(BaseModel):
                    temperature: float = Field(..., ge=-40, le=200)
                    vibration: Annotated[float, Field(ge=0, le=20)]
                    load: confloat(ge=0, le=1)
                    rpm: int

                    @field_validator("rpm")
                    @classmethod
                    def rpm_in_range(cls, value):
                        if not 0 <= value <= 10000:
                            raise ValueError("rpm out of range")
                        return value
                """)),
        RuleExample.Good(
            "pydantic models in an app without any model to feed are not judged",
            ("requirements.txt", "fastapi==0.110.0\n"),
            ("app/schemas.py", """
                from pydantic import BaseModel


                class Pagination(BaseModel):
                    page: int = 1
                    size: int = 20
                """)),
        RuleExample.Good(
            "request models unrelated to prediction in an ML app are not judged",
            ("requirements.txt", "fastapi==0.110.0\njoblib==1.3.2\n"),
            ("app/users.py", """
                import joblib
                from pydantic import BaseModel


                class UserCreate(BaseModel):
                    email: str
                    age: int
                """)),
    ];
}
