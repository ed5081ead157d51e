using System.Collections.Immutable;
using ProdReady.Engine.Rules;

namespace ProdReady.Rules.Database;

internal static class RequestTextUnboundedExamples
{
    private const string Requirements = "fastapi==0.111.0\nsqlalchemy==2.0.30\n";

    public static ImmutableArray<RuleExample> All { get; } =
    [
        RuleExample.Bad(
            "a create route adds the request's strings to the session with no length limit (a nested model is judged only as a request of its own)",
            ("requirements.txt", Requirements),
            ("app/routes.py", """
                from fastapi import APIRouter
                from pydantic import BaseModel, Field

                router = APIRouter()


                class Address(BaseModel):
                    street: str = Field(max_length=200)


                class CustomerIn(BaseModel):
                    [|name|]: str
                    email: str = Field(max_length=254)
                    [|notes|]: str | None = None
                    address: Address
                    age: int


                @router.post("/customers")
                def create_customer(payload: CustomerIn, session: Session):
                    session.add(Customer(**payload.model_dump()))
                    session.commit()
                """)),
        RuleExample.Bad(
            "a CRUD helper named for updating stores the body",
            ("requirements.txt", Requirements),
            ("app/api.py", """
                from typing import Optional

                from fastapi import FastAPI
                from pydantic import BaseModel

                app = FastAPI()


                class NoteUpdate(BaseModel):
                    [|title|]: Optional[str] = None


                @app.put("/notes/{note_id}")
                async def edit_note(note_id: int, body: NoteUpdate):
                    return await crud.update_note(note_id, body)
                """)),
        RuleExample.Good(
            "every stored string has a limit: Field, Annotated constraints, constr, a validator, or the model's config",
            ("requirements.txt", Requirements),
            ("app/routes.py", """
                from typing import Annotated

                from fastapi import APIRouter
                from pydantic import BaseModel, ConfigDict, Field, StringConstraints, constr, field_validator

                router = APIRouter()


                class ItemIn(BaseModel):
                    title: str = Field(min_length=1, max_length=255)
                    sku: Annotated[str, StringConstraints(max_length=32)]
                    colour: constr(max_length=20)
                    description: str

                    @field_validator("description")
                    @classmethod
                    def short(cls, value):
                        if len(value) > 2000:
                            raise ValueError("too long")
                        return value


                class TagIn(BaseModel):
                    model_config = ConfigDict(str_max_length=64)
                    label: str


                @router.post("/items")
                def create_item(item: ItemIn, tag: TagIn, session: Session):
                    session.add(Item(**item.model_dump()))
                """)),
        RuleExample.Good(
            "a search route reads the request but stores nothing",
            ("requirements.txt", Requirements),
            ("app/search.py", """
                from fastapi import FastAPI
                from pydantic import BaseModel

                app = FastAPI()


                class Query(BaseModel):
                    text: str


                @app.post("/search")
                def search(query: Query, session: Session):
                    return session.execute(select(Item).where(Item.title.contains(query.text))).scalars().all()
                """)),
        RuleExample.Good(
            "a route of a router mounted only in the local environment; a dependency-injected model is not the request",
            ("requirements.txt", Requirements),
            ("app/routes/private.py", """
                from fastapi import APIRouter, Depends
                from pydantic import BaseModel

                router = APIRouter(prefix="/private")


                class PrivateUserCreate(BaseModel):
                    email: str


                class Account(BaseModel):
                    owner: str


                @router.post("/users/")
                def create_user(user_in: PrivateUserCreate, session: Session):
                    session.add(User(email=user_in.email))
                """),
            ("app/routes/accounts.py", """
                from fastapi import APIRouter, Depends

                router = APIRouter()


                @router.post("/accounts/{account_id}/close")
                def close(account: Account = Depends(load_account), session: Session = Depends(get_session)):
                    session.commit()
                """),
            ("app/main.py", """
                from fastapi import FastAPI
                from app.core.config import settings
                from app.routes import accounts, private

                app = FastAPI()
                app.include_router(accounts.router)

                if settings.ENVIRONMENT == "local":
                    app.include_router(private.router)
                """)),
    ];
}
