/// The OpenAPI 3.1 description of `klynge serve`'s JSON API, served at `/openapi.json`: every
/// endpoint, parameter (with its range), response (its content types) and the error shape.
/// `Tests/KlyngeServerTests/OpenAPITests.swift` checks that it parses, names every API route and
/// that the answers the server gives have the shapes it states.
enum OpenAPIDocument {
    static let json = #"""
        {
          "openapi": "3.1.0",
          "info": {
            "title": "Klynge",
            "version": "1.0.0",
            "description": "The JSON API of `klynge serve`: the same results as the CLI's `--format json`, computed on a dataset loaded once at start. Errors are `{\"error\": \"…\"}` naming the parameter at fault in the CLI's words. Limits: query strings over 8 kB (414), `top` over 1000 (400), requests taking over 10 s (503); only GET and HEAD (405 otherwise). When the server was started with --token, every request but /healthz needs `Authorization: Bearer TOKEN` or the cookie set by `/login?token=TOKEN` (401 otherwise)."
          },
          "security": [{}, {"bearer": []}],
          "paths": {
            "/healthz": {
              "get": {
                "operationId": "health",
                "summary": "Liveness: always open, even with a token.",
                "security": [],
                "responses": {"200": {"description": "The server answers.", "content": {"text/plain": {"schema": {"type": "string", "const": "ok\n"}}}}, "414": {"$ref": "#/components/responses/E414"}}
              }
            },
            "/openapi.json": {
              "get": {
                "operationId": "openapi",
                "summary": "This document.",
                "responses": {"200": {"description": "OpenAPI 3.1.", "content": {"application/json": {"schema": {"type": "object"}}}}, "401": {"$ref": "#/components/responses/E401"}, "414": {"$ref": "#/components/responses/E414"}}
              }
            },
            "/api/dataset": {
              "get": {
                "operationId": "dataset",
                "summary": "The dataset: name, synthetic flag, counts, clusters, kinds, counties, topics.",
                "responses": {"200": {"description": "The dataset.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Dataset"}}}}, "401": {"$ref": "#/components/responses/E401"}, "414": {"$ref": "#/components/responses/E414"}}
              }
            },
            "/api/members": {
              "get": {
                "operationId": "members",
                "summary": "Members whose name or id contains q, without regard to case or accents (as --for reads names): exact names first, then names starting with q, then the rest.",
                "parameters": [
                  {"name": "q", "in": "query", "required": false, "description": "Text to look for; empty or absent lists every member.", "schema": {"type": "string"}},
                  {"name": "limit", "in": "query", "required": false, "description": "At most this many members.", "schema": {"type": "integer", "minimum": 1, "maximum": 1000, "default": 50}}
                ],
                "responses": {
                  "200": {"description": "Matching members.", "content": {"application/json": {"schema": {"type": "array", "items": {"$ref": "#/components/schemas/MemberSummary"}}}}},
                  \#(errors(400, 401, 414))
                }
              }
            },
            "/api/members/{id}": {
              "get": {
                "operationId": "member",
                "summary": "One member: attributes, rank on each centrality, brokerage roles, partners and shared projects.",
                "parameters": [{"name": "id", "in": "path", "required": true, "description": "A member id, or a name (case ignored) that fits one member.", "schema": {"type": "string"}}],
                "responses": {
                  "200": {"description": "The member.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/MemberDetail"}}}},
                  \#(errors(400, 401, 404, 414))
                }
              }
            },
            "/api/match": {
              "get": {
                "operationId": "match",
                "summary": "Ranked, explained partner suggestions: `klynge match DATASET --for ID` or `--profile …` with the same filters, as its --format json.",
                "parameters": [
                  {"name": "for", "in": "query", "required": false, "description": "The seeker: a member id or an unambiguous name (give for or profile).", "schema": {"type": "string", "minLength": 1}},
                  {"name": "profile", "in": "query", "required": false, "description": "A newcomer instead: kind=company;topics=fall detection,welfare technology;county=Vestland (also country=NO where the dataset has countries).", "schema": {"type": "string", "minLength": 1}},
                  {"name": "kind", "in": "query", "required": false, "description": "Candidate kinds, comma-separated or repeated (default: every kind).", "schema": {"type": "string"}},
                  {"name": "county", "in": "query", "required": false, "description": "Only candidates in these counties, comma-separated or repeated.", "schema": {"type": "string"}},
                  {"name": "country", "in": "query", "required": false, "description": "Only candidates from these countries (datasets with a country column), comma-separated or repeated.", "schema": {"type": "string"}},
                  {"name": "cluster", "in": "query", "required": false, "description": "Only candidates of this cluster.", "schema": {"type": "string"}},
                  {"name": "include-partners", "in": "query", "required": false, "description": "Keep candidates the seeker already works with (left out by default, and counted).", "schema": {"type": "boolean", "default": false}},
                  {"name": "top", "in": "query", "required": false, "description": "How many suggestions.", "schema": {"type": "integer", "minimum": 1, "maximum": 1000, "default": 10}},
                  {"name": "explain", "in": "query", "required": false, "description": "Add each suggestion's reasons (a reasons column).", "schema": {"type": "boolean", "default": false}},
                  {"$ref": "#/components/parameters/Format"}
                ],
                "responses": \#(downloadResponses("The suggestions, best first.", schema: "MatchRows"))
              }
            },
            "/api/brokers": {
              "get": {
                "operationId": "brokers",
                "summary": "Brokers between the clusters: `klynge brokers DATASET` as its --format json.",
                "parameters": [
                  {"name": "top", "in": "query", "required": false, "description": "Only the first N rows (default: all).", "schema": {"type": "integer", "minimum": 0, "maximum": 1000}},
                  {
                    "name": "sort",
                    "in": "query",
                    "required": false,
                    "description": "The column rows are sorted by (descending; then betweenness, then id).",
                    "schema": {
                      "type": "string",
                      "enum": [
                        "coordinator",
                        "itinerant",
                        "representative",
                        "gatekeeper",
                        "liaison",
                        "brokerage_total",
                        "constraint",
                        "effective_size",
                        "efficiency",
                        "hierarchy",
                        "betweenness",
                        "coordinator_z",
                        "itinerant_z",
                        "representative_z",
                        "gatekeeper_z",
                        "liaison_z",
                        "brokerage_total_z",
                        "sole_bridges"
                      ],
                      "default": "brokerage_total"
                    }
                  },
                  {"$ref": "#/components/parameters/Format"}
                ],
                "responses": \#(downloadResponses("One row per member.", schema: "BrokerRows"))
              }
            },
            "/api/consortium": {
              "get": {
                "operationId": "consortium",
                "summary": "Teams for a funding call: `klynge consortium DATASET --topics … --roles …` as its --format json.",
                "parameters": [
                  {"name": "topics", "in": "query", "required": true, "description": "The call's topics, comma-separated (Norwegian or English names).", "schema": {"type": "string", "minLength": 1}},
                  {"name": "roles", "in": "query", "required": true, "description": "Required member kinds, comma-separated (repeat a kind to need two).", "schema": {"type": "string", "minLength": 1}},
                  {"name": "lead", "in": "query", "required": false, "description": "A member that must be in the team: an id or an unambiguous name.", "schema": {"type": "string"}},
                  {"name": "county", "in": "query", "required": false, "description": "Only candidates in these counties, comma-separated or repeated (never filters the lead).", "schema": {"type": "string"}},
                  {"name": "country", "in": "query", "required": false, "description": "Only candidates from these countries (datasets with a country column), comma-separated or repeated.", "schema": {"type": "string"}},
                  {"name": "cluster", "in": "query", "required": false, "description": "Only candidates of this cluster.", "schema": {"type": "string"}},
                  {"name": "exclude", "in": "query", "required": false, "description": "Members never proposed: ids or unambiguous names, comma-separated or repeated (not the lead).", "schema": {"type": "string"}},
                  {"name": "include-unnamed", "in": "query", "required": false, "description": "Also propose members whose name is only an identifier (e.g. PIC 918199964).", "schema": {"type": "boolean", "default": false}},
                  {"name": "size", "in": "query", "required": false, "description": "Team size (default: the number of roles, plus one for a lead of another kind).", "schema": {"type": "integer", "minimum": 2, "maximum": 30}},
                  {"name": "alternatives", "in": "query", "required": false, "description": "How many teams: the best and its alternatives.", "schema": {"type": "integer", "minimum": 1, "maximum": 10, "default": 2}},
                  {"name": "candidates", "in": "query", "required": false, "description": "Candidates kept per role kind, best topic fit first.", "schema": {"type": "integer", "minimum": 1, "maximum": 1000, "default": 30}},
                  {"name": "cohesion-weight", "in": "query", "required": false, "description": "λ: weight of cohesion.", "schema": {"type": "number", "minimum": 0, "default": 0.5}},
                  {"name": "balance-weight", "in": "query", "required": false, "description": "μ: weight of the public/private balance.", "schema": {"type": "number", "minimum": 0, "default": 0.25}},
                  {"$ref": "#/components/parameters/Format"}
                ],
                "responses": \#(downloadResponses("The proposed teams.", schema: "Consortium"))
              }
            },
            "/api/map.svg": {
              "get": {
                "operationId": "map",
                "summary": "A map drawn by Graphviz as SVG: the whole supercluster (default, kept after the first request), one member's ego network, the brokers, or a match with its evidence paths.",
                "parameters": [
                  {"name": "kind", "in": "query", "required": false, "description": "Which map.", "schema": {"type": "string", "enum": ["supercluster", "ego", "brokers", "match"], "default": "supercluster"}},
                  {"name": "focus", "in": "query", "required": false, "description": "The ego map's member, or the match map's seeker (an id or an unambiguous name).", "schema": {"type": "string"}},
                  {"name": "radius", "in": "query", "required": false, "description": "Steps out from the focus (ego map).", "schema": {"type": "integer", "minimum": 1, "maximum": 3, "default": 1}},
                  {"name": "brokers", "in": "query", "required": false, "description": "How many brokers the brokers map rings.", "schema": {"type": "integer", "minimum": 1, "maximum": 100, "default": 10}},
                  {"name": "profile", "in": "query", "required": false, "description": "Match map: a newcomer instead of focus.", "schema": {"type": "string"}},
                  {"name": "target", "in": "query", "required": false, "description": "Match map: candidate kinds, comma-separated.", "schema": {"type": "string"}},
                  {"name": "county", "in": "query", "required": false, "description": "Match map: only candidates in these counties.", "schema": {"type": "string"}},
                  {"name": "cluster", "in": "query", "required": false, "description": "Match map: only candidates of this cluster.", "schema": {"type": "string"}},
                  {"name": "top", "in": "query", "required": false, "description": "Match map: how many suggestions.", "schema": {"type": "integer", "minimum": 1, "maximum": 1000, "default": 10}}
                ],
                "responses": {
                  "200": {"description": "The map; every name in it XML-escaped.", "content": {"image/svg+xml": {"schema": {"type": "string"}}}},
                  \#(errors(400, 401, 404, 414, 503))
                }
              }
            }
          },
          "components": {
            "parameters": {
              "Format": {"name": "format", "in": "query", "required": false, "description": "json (the CLI's --format json, default), csv or xlsx (sent as a download).", "schema": {"type": "string", "enum": ["json", "csv", "xlsx"], "default": "json"}}
            },
            "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer", "description": "The --token the server was started with."}},
            "responses": {
              "E400": {"description": "A parameter is wrong: the message names it, in the CLI's words.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}},
              "E401": {"description": "The server has a token and the request did not carry it.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}},
              "E404": {"description": "No such member (the closest ones listed) or no such path.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}},
              "E414": {"description": "The query string is over 8 kB.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}},
              "E503": {"description": "The request took over 10 s.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}
            },
            "schemas": {
              "Error": {
                "type": "object",
                "required": ["error"],
                "properties": {
                  "error": {"type": "string", "description": "What is wrong, the parameter first: `top: must be at most 1000`."},
                  "parameter": {"type": "string", "description": "The parameter at fault."},
                  "closest": {"type": "array", "description": "For an unknown member: the closest ones.", "items": {"type": "object", "required": ["id", "name"], "properties": {"id": {"type": "string"}, "name": {"type": "string"}}}}
                }
              },
              "Count": {"type": "object", "required": ["name", "members"], "properties": {"name": {"type": "string"}, "members": {"type": "integer", "minimum": 0}}},
              "Dataset": {
                "type": "object",
                "required": ["name", "synthetic", "notice", "counts", "clusters", "kinds", "counties", "topics", "measures", "notes"],
                "properties": {
                  "name": {"type": "string"},
                  "synthetic": {"type": "boolean"},
                  "notice": {"type": "string"},
                  "counts": {"type": "object", "required": ["members", "projects", "participations", "relations", "ties"], "additionalProperties": {"type": "integer"}},
                  "clusters": {"type": "array", "items": {"$ref": "#/components/schemas/Count"}},
                  "kinds": {"type": "array", "items": {"$ref": "#/components/schemas/Count"}},
                  "counties": {"type": "array", "items": {"$ref": "#/components/schemas/Count"}},
                  "topics": {"type": "array", "items": {"$ref": "#/components/schemas/Count"}},
                  "measures": {"type": "array", "items": {"type": "string"}},
                  "notes": {"type": "array", "items": {"type": "string"}}
                }
              },
              "MemberSummary": {
                "type": "object",
                "required": ["index", "id", "name", "kind", "clusters"],
                "properties": {"index": {"type": "integer", "minimum": 0}, "id": {"type": "string"}, "name": {"type": "string"}, "kind": {"type": "string"}, "clusters": {"type": "array", "items": {"type": "string"}}, "county": {"type": "string"}}
              },
              "Project": {"type": "object", "required": ["id"], "properties": {"id": {"type": "string"}, "title": {"type": "string"}, "start": {"type": "string"}}},
              "MemberDetail": {
                "type": "object",
                "required": ["member", "sector", "topics", "attributes", "centralities", "brokerage", "soleBridges", "cutVertex", "partners", "projects"],
                "properties": {
                  "member": {"$ref": "#/components/schemas/MemberSummary"},
                  "sector": {"type": "string", "enum": ["public", "private"]},
                  "municipality": {"type": "string"},
                  "topics": {"type": "array", "items": {"type": "string"}},
                  "size": {"type": "integer"},
                  "founded": {"type": "integer"},
                  "attributes": {"type": "object", "additionalProperties": {"type": "string"}},
                  "centralities": {
                    "type": "array",
                    "items": {
                      "type": "object",
                      "required": ["measure", "rank", "of", "meaning"],
                      "properties": {"measure": {"type": "string"}, "value": {"type": "number"}, "rank": {"type": "integer", "minimum": 1}, "of": {"type": "integer"}, "meaning": {"type": "string"}}
                    }
                  },
                  "brokerage": {"type": "array", "items": {"type": "object", "required": ["role", "count", "meaning"], "properties": {"role": {"type": "string"}, "count": {"type": "integer", "minimum": 0}, "z": {"type": "number"}, "meaning": {"type": "string"}}}},
                  "constraint": {"type": "number"},
                  "effectiveSize": {"type": "number"},
                  "soleBridges": {"type": "integer", "minimum": 0},
                  "cutVertex": {"type": "boolean"},
                  "partners": {"type": "array", "items": {"type": "object", "required": ["member", "projects"], "properties": {"member": {"$ref": "#/components/schemas/MemberSummary"}, "projects": {"type": "array", "items": {"$ref": "#/components/schemas/Project"}}}}},
                  "projects": {"type": "array", "items": {"$ref": "#/components/schemas/Project"}}
                }
              },
              "MatchRows": {
                "type": "array",
                "items": {
                  "type": "object",
                  "required": ["rank", "member", "name", "kind", "county", "score"],
                  "properties": {"rank": {"type": "integer", "minimum": 1}, "member": {"type": "string"}, "name": {"type": "string"}, "kind": {"type": "string"}, "county": {"type": "string"}, "score": {"type": ["number", "null"]}, "reasons": {"type": "string"}},
                  "additionalProperties": {"type": ["number", "null"]}
                }
              },
              "BrokerRows": {
                "type": "array",
                "items": {
                  "type": "object",
                  "required": ["node", "name", "group", "brokerage_total", "betweenness", "cut_vertex"],
                  "properties": {"node": {"type": "string"}, "name": {"type": "string"}, "group": {"type": "string"}, "cut_vertex": {"type": "string", "enum": ["yes", "no"]}},
                  "additionalProperties": {"type": ["number", "null"]}
                }
              },
              "Consortium": {
                "type": "object",
                "required": ["dataset", "call", "notes", "teams"],
                "properties": {
                  "dataset": {"type": "string"},
                  "call": {
                    "type": "object",
                    "required": ["topics", "roles", "lead", "size", "cohesion_weight", "balance_weight"],
                    "properties": {
                      "topics": {"type": "array", "items": {"type": "string"}},
                      "roles": {"type": "array", "items": {"type": "string"}},
                      "lead": {"type": ["string", "null"]},
                      "size": {"type": "integer"},
                      "cohesion_weight": {"type": "number"},
                      "balance_weight": {"type": "number"}
                    }
                  },
                  "notes": {"type": "array", "items": {"type": "string"}},
                  "teams": {
                    "type": "array",
                    "items": {
                      "type": "object",
                      "required": ["team", "score", "summary", "members"],
                      "properties": {
                        "team": {"type": "integer", "minimum": 1},
                        "score": {"type": "number"},
                        "topic_fit": {"type": "number"},
                        "relative_topic_fit": {"type": "number"},
                        "cohesion": {"type": "number"},
                        "tied_pairs": {"type": "integer"},
                        "new_ties": {"type": "integer"},
                        "pairs": {"type": "integer"},
                        "balance": {"type": "number"},
                        "public": {"type": "integer"},
                        "private": {"type": "integer"},
                        "summary": {"type": "string"},
                        "members": {
                          "type": "array",
                          "items": {
                            "type": "object",
                            "required": ["member", "name", "role", "sector", "clusters", "topic_fit", "ties", "new_ties", "why"],
                            "properties": {
                              "member": {"type": "string"},
                              "name": {"type": "string"},
                              "role": {"type": "string"},
                              "sector": {"type": "string"},
                              "clusters": {"type": "string"},
                              "topic_fit": {"type": ["number", "null"]},
                              "ties": {"type": "integer"},
                              "new_ties": {"type": "integer"},
                              "why": {"type": "string"}
                            }
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
        """#

    /// The `responses` of an endpoint that answers JSON (`schema`, a component name), CSV or
    /// XLSX as its `format` parameter asks, with the errors every such endpoint can give.
    private static func downloadResponses(_ description: String, schema: String) -> String {
        #"""
        {
                          "200": {
                            "description": "\#(description)",
                            "content": {
                              "application/json": {"schema": {"$ref": "#/components/schemas/\#(schema)"}},
                              "text/csv": {"schema": {"type": "string"}},
                              "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": {"schema": {"type": "string", "format": "binary"}}
                            }
                          },
                          \#(errors(400, 401, 404, 414, 503))
                        }
        """#
    }

    /// `"400": {"$ref": "#/components/responses/E400"}, …` for each status code (the error
    /// responses of `components/responses`).
    private static func errors(_ codes: Int...) -> String {
        codes.map { ##""\##($0)": {"$ref": "#/components/responses/E\##($0)"}"## }.joined(separator: ", ")
    }
}
