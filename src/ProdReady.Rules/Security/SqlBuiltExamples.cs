using System.Collections.Immutable;
using ProdReady.Engine.Rules;

namespace ProdReady.Rules.Security;

internal static class SqlBuiltExamples
{
    private static readonly (string Path, string Content) Flask = ("requirements.txt", "flask==3.0.3\npsycopg2-binary==2.9.9\n");

    private static readonly (string Path, string Content) Express = ("package.json", """{ "name": "api", "dependencies": { "express": "^4.19.2", "pg": "^8.11.0" } }""");

    public static ImmutableArray<RuleExample> All { get; } =
    [
        RuleExample.Bad(
            "Flask views formatting request values into cursor.execute with an f-string, % and .format()",
            Flask,
            ("app/users.py", """
                from flask import Blueprint, request

                from app.db import get_db

                bp = Blueprint("users", __name__)


                @bp.get("/users")
                def search():
                    cur = get_db().cursor()
                    [|cur.execute|](f"SELECT id, name FROM users WHERE name = '{request.args['name']}'")
                    return {"users": cur.fetchall()}


                def by_team(team_id):
                    cur = get_db().cursor()
                    [|cur.execute|]("SELECT id FROM users WHERE team_id = %s" % team_id)
                    return cur.fetchall()


                def by_email(email):
                    cur = get_db().cursor()
                    [|cur.execute|]("DELETE FROM sessions WHERE email = '{}'".format(email))
                """)),
        RuleExample.Bad(
            "SQL assigned to a variable in the same function, then run; SQLAlchemy text() around an f-string",
            ("requirements.txt", "fastapi==0.110.0\nsqlalchemy==2.0.29\n"),
            ("app/reports.py", """
                from sqlalchemy import text


                def revenue(session, region: str):
                    query = (
                        "SELECT sum(total) FROM orders "
                        "WHERE region = '" + region + "'"
                    )
                    return [|session.execute|](query).scalar()


                def archive(session, year: int):
                    [|session.execute|](text(f"UPDATE orders SET archived = true WHERE year = {year}"))
                """)),
        RuleExample.Bad(
            "Express handlers passing template literals and concatenation to pg and mysql queries",
            Express,
            ("src/routes/articles.js", """
                const express = require("express");
                const pool = require("../db");

                const router = express.Router();

                router.get("/articles/:slug", async (req, res) => {
                  const { rows } = await [|pool.query|](`SELECT * FROM articles WHERE slug = '${req.params.slug}'`);
                  res.json(rows[0]);
                });

                router.delete("/articles/:id", async (req, res) => {
                  const sql = "DELETE FROM articles WHERE id = " + req.params.id;
                  await [|pool.query|](sql);
                  res.status(204).end();
                });

                module.exports = router;
                """)),
        RuleExample.Bad(
            "Dapper query given an interpolated string",
            ("src/Api/Api.csproj", """<Project Sdk="Microsoft.NET.Sdk.Web"><ItemGroup><PackageReference Include="Dapper" Version="2.1.35" /></ItemGroup></Project>"""),
            ("src/Api/UserStore.cs", """
                using Dapper;

                public sealed class UserStore(IDbConnection db)
                {
                    public Task<IEnumerable<User>> Named(string name) =>
                        [|db.QueryAsync|]<User>($"SELECT * FROM Users WHERE Name = '{name}'");
                }
                """)),
        RuleExample.Bad(
            "ADO.NET commands built by interpolation and concatenation",
            ("src/Api/Api.csproj", """<Project Sdk="Microsoft.NET.Sdk.Web"><ItemGroup><PackageReference Include="Npgsql" Version="8.0.3" /></ItemGroup></Project>"""),
            ("src/Api/OrderStore.cs", """
                using Npgsql;

                public sealed class OrderStore(NpgsqlConnection db)
                {
                    public void Cancel(string id)
                    {
                        using var cancel = [|new NpgsqlCommand|]($"UPDATE orders SET status = 'cancelled' WHERE id = '{id}'", db);
                        cancel.ExecuteNonQuery();
                        using var purge = [|new NpgsqlCommand|]("DELETE FROM order_lines WHERE order_id = " + id, db);
                        purge.ExecuteNonQuery();
                    }
                }
                """)),
        RuleExample.Good(
            "ADO.NET command with @parameters (a constant table name formatted in), literals split over lines with +, Dapper with a parameter object",
            ("src/Api/Api.csproj", """<Project Sdk="Microsoft.NET.Sdk.Web"><ItemGroup><PackageReference Include="Dapper" Version="2.1.35" /></ItemGroup></Project>"""),
            ("src/Api/UserStore.cs", """
                using Dapper;
                using Microsoft.Data.SqlClient;

                public sealed class UserStore(SqlConnection db)
                {
                    private const string Table = "Users";

                    public int Rename(int id, string name)
                    {
                        using var command = new SqlCommand($"UPDATE {Table} SET Name = @name WHERE Id = @id", db);
                        command.Parameters.AddWithValue("@name", name);
                        command.Parameters.AddWithValue("@id", id);
                        return command.ExecuteNonQuery();
                    }

                    public Task<IEnumerable<User>> Named(string name) =>
                        db.QueryAsync<User>("SELECT * FROM Users WHERE Name = @name", new { name });

                    public int Archive() =>
                        new SqlCommand("UPDATE Users SET Archived = 1 " +
                            "WHERE LastSeen < DATEADD(year, -2, GETUTCDATE())", db).ExecuteNonQuery();
                }
                """)),
        RuleExample.Good(
            "placeholders with the values passed separately, for psycopg, sqlite3, SQLAlchemy and Django raw()",
            Flask,
            ("app/users.py", """
                from sqlalchemy import text


                def by_team(cur, team_id):
                    cur.execute("SELECT id FROM users WHERE team_id = %s", (team_id,))
                    return cur.fetchall()


                def by_name(conn, name):
                    return conn.execute("SELECT id FROM users WHERE name = ?", [name]).fetchall()


                def archive(session, year):
                    session.execute(text("UPDATE orders SET archived = true WHERE year = :year"), {"year": year})


                def recent(Order, days):
                    return Order.objects.raw("SELECT * FROM shop_order WHERE age < %s", [days])
                """)),
        RuleExample.Good(
            "only constants formatted in (a table name, a fixed column list), and placeholders generated for IN (...) with the values as parameters",
            Flask,
            ("app/store.py", """
                USERS_TABLE = "users"
                BASE_QUERY = "SELECT id, name FROM users"


                def all_users(cur):
                    cur.execute(f"SELECT id, name FROM {USERS_TABLE}")
                    cur.execute(BASE_QUERY + " ORDER BY name")
                    return cur.fetchall()


                def some(cur, ids):
                    marks = ", ".join(["%s"] * len(ids))
                    cur.execute(f"SELECT id, name FROM users WHERE id IN ({marks})", ids)
                    return cur.fetchall()
                """)),
        RuleExample.Good(
            "pg with $1 placeholders, a template literal without holes, knex bindings",
            Express,
            ("src/routes/articles.js", """
                const express = require("express");
                const pool = require("../db");
                const knex = require("../knex");

                const router = express.Router();

                router.get("/articles/:slug", async (req, res) => {
                  const { rows } = await pool.query("SELECT * FROM articles WHERE slug = $1", [req.params.slug]);
                  res.json(rows[0]);
                });

                router.get("/articles", async (req, res) => {
                  const { rows } = await pool.query(`SELECT * FROM articles ORDER BY created_at DESC LIMIT 20`);
                  res.json(rows);
                });

                router.get("/tags", async (req, res) => {
                  res.json(await knex.raw("SELECT name FROM tags WHERE name LIKE ?", [req.query.prefix + "%"]));
                });

                module.exports = router;
                """)),
        RuleExample.Good(
            "formatting that is not SQL: a shell command, a GraphQL document, a log line; and SQL in a comment or a test",
            Flask,
            ("app/tasks.py", """
                def backup(runner, name):
                    # cur.execute(f"SELECT * FROM {name}") was the old way
                    runner.execute(f"pg_dump --table {name} app")
                    runner.execute("echo " + name)
                """),
            ("tests/test_users.py", """
                def test_search(cur, name):
                    cur.execute(f"SELECT id FROM users WHERE name = '{name}'")
                """)),
    ];
}
