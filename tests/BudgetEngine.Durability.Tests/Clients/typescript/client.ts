// An integrating system written against openapi/budgetengine.v1.json alone: the types come from openapi-typescript
// (budgetengine.d.ts, generated next to this file by the test), the calls from openapi-fetch.
// BASE (the server), KEY (an API key) and SAMPLE (the Gooi en Vechtstreek scenario as JSON) come from the environment.
import createClient from "openapi-fetch";
import { readFileSync } from "node:fs";
import type { components, paths } from "./budgetengine.js";

type Scenario = components["schemas"]["ScenarioDto"];

function check(condition: boolean, what: string): asserts condition {
  if (!condition) throw new Error(what);
}

// JSON answers only (application/json and application/problem+json): the CSV and xlsx alternatives are chosen by Accept.
const client = createClient<paths, `${string}/${string}json`>({
  baseUrl: process.env.BASE!,
  headers: { Authorization: `Bearer ${process.env.KEY!}` },
});
const sample: Scenario = JSON.parse(readFileSync(process.env.SAMPLE!, "utf8"));

// Reconcile without storing: the second year (2019) closes with 97,000.00.
const reconciled = await client.POST("/v1/reconciliations", { body: sample });
check(reconciled.data !== undefined, `POST /v1/reconciliations answered ${reconciled.response.status}`);
const closing: number = reconciled.data.years[1].closingBalance;
check(closing === 97000, `years[1].closingBalance is ${closing}, not 97000`);

// Store it: 201 with the version's ETag.
const created = await client.POST("/v1/scenarios", { body: sample });
check(created.data !== undefined, `POST /v1/scenarios answered ${created.response.status}`);
const id: string = created.data.id;
const firstETag = created.response.headers.get("ETag");
check(firstETag !== null && created.data.etag === firstETag, "the created scenario carries its ETag");

// Update it with If-Match: a new version.
const renamed: Scenario = { ...sample, name: `${sample.name ?? ""} (bijgesteld)` };
const updated = await client.PUT("/v1/scenarios/{id}", {
  params: { path: { id }, header: { "If-Match": firstETag } },
  body: renamed,
});
check(updated.data !== undefined, `PUT with If-Match answered ${updated.response.status}`);
const version: number = updated.data.version;
check(version === 2, `the update is version ${version}, not 2`);

// The stale ETag again: 412, a problem that says what to do.
const stale = await client.PUT("/v1/scenarios/{id}", {
  params: { path: { id }, header: { "If-Match": firstETag } },
  body: sample,
});
check(stale.data === undefined && stale.error !== undefined, "a stale If-Match is refused");
check(stale.response.status === 412 && stale.error.status === 412, `the refusal is ${stale.response.status}`);
check(typeof stale.error.detail === "string" && stale.error.detail.length > 0, "the problem says what to do");

console.log(`ok ${id} closingBalance=${closing} version=${version} stale=${stale.response.status}`);
