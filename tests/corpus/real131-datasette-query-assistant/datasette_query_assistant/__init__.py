from anthropic import AsyncAnthropic
from datasette import hookimpl, Response, Forbidden
import os
import urllib
import re
from datasette.utils import sqlite3
from typing import List, Set

SYSTEM_PROMPT = """
You answer questions by generating SQL queries using SQLite schema syntax.
Always start with -- SQL comments explaining what you are about to do.
No yapping. Output SQL with extensive SQL comments and nothing else.
Or output SQL in a sql tagged fenced markdown code block.
Return only one SQL SELECT query.
""".strip()

SCHEMA_SQL = """
select group_concat(sql, ';
') from sqlite_master where type != 'trigger'
"""
SCHEMA_SQL_SPECIFIC = """
select group_concat(sql, ';
') from sqlite_master where tbl_name in (PARAMS) and type != 'trigger'
"""


async def get_schema(db, table=None):
    if table:

        def _related(conn):
            return get_related_tables(conn, table)

        tables = await db.execute_fn(_related)
        tables.add(table)
        sql = SCHEMA_SQL_SPECIFIC.replace("PARAMS", ",".join("?" for _ in tables))
        return (await db.execute(sql, tuple(tables))).first()[0]
    else:
        return (await db.execute(SCHEMA_SQL)).first()[0]


async def has_permission(datasette, actor, database):
    return await datasette.permission_allowed(
        actor, "execute-sql", database, default=True
    )


async def generate_sql(client, messages, prefix=""):
    # if errors: show previous errors
    message = await client.messages.create(
        system=SYSTEM_PROMPT,
        max_tokens=1024,
        messages=(
            messages
            + [
                {
                    "role": "assistant",
                    "content": prefix,
                }
            ]
            if prefix
            else []
        ),
        # model="claude-3-sonnet-20240229",
        model="claude-3-haiku-20240307",
        # model="claude-3-opus-20240229",
    )
    return prefix + message.content[0].text


async def generate_sql_with_retries(client, db, question, schema, max_retries=3):
    messages = [
        {"role": "user", "content": "The table schema is:\n" + schema},
        {"role": "assistant", "content": "Ask questions to generate SQL"},
        {"role": "user", "content": "How many rows in the sqlite_master table?"},
        {
            "role": "assistant",
            "content": "select count(*) from sqlite_master\n-- Count rows in the sqlite_master table",
        },
        {"role": "user", "content": question},
    ]
    attempt = 0
    while attempt < max_retries:
        attempt += 1
        sql = await generate_sql(client, messages, "select")
        # Try to run it as an explain
        # First remove any of those leading comment lines
        lines = sql.split("\n")
        not_comments = [line for line in lines if not line.startswith("-- ")]
        explain = "explain " + "\n".join(not_comments)
        print("--")
        print(explain)
        print("--")
        try:
            if explain.lower().split()[1] != "select":
                raise ValueError("only select queries are supported")
            await db.execute(explain)
            return sql
        except (sqlite3.Error, sqlite3.Warning, ValueError) as ex:
            messages.append(
                {
                    "role": "assistant",
                    "content": sql,
                }
            )
            messages.append(
                {
                    "role": "user",
                    "content": "Error: {}".format(str(ex)),
                }
            )
    # If we get here we are going to give up, but we'll send the query anyway
    sql += f"\n-- Gave up after {max_retries} attempts"
    return sql


async def assistant(request, datasette):
    database = request.url_vars["database"]
    db = datasette.get_database(database)
    if not await has_permission(datasette, request.actor, database):
        raise Forbidden("You do not have execute-sql permission")

    if request.method == "POST":
        post_vars = await request.post_vars()
        question = (post_vars.get("question") or "").strip()
        table = post_vars.get("table") or None
        if not question:
            datasette.add_message(request, "Question is required", datasette.ERROR)
            return Response.redirect(request.full_path)

        # Here we go
        schema = await get_schema(db, table)

        client = AsyncAnthropic(api_key=os.environ["ANTHROPIC_API_KEY"])

        sql = await generate_sql_with_retries(client, db, question, schema)
        return Response.redirect(
            datasette.urls.database(database)
            + "?"
            + urllib.parse.urlencode({"sql": sql})
        )

    table = request.args.get("table")
    schema = await get_schema(db, table)
    return Response.html(
        await datasette.render_template(
            "query_assistant.html",
            {"schema": schema, "database": database, "table": table},
            request=request,
        )
    )
