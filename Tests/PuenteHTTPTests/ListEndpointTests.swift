import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing
@testable import PuenteHTTP

/// Lists: the envelope, pages, filters, and a problem naming any parameter whose value cannot be used.
@Suite struct ListEndpointTests {
    static let lists = ["/v1/meetings", "/v1/agreements", "/v1/trade/figures", "/v1/trade/balances", "/v1/bri/members", "/v1/relations",
                        "/v1/documents", "/v1/timeline", "/v1/search?q=Petro"]

    @Test(arguments: lists)
    func answersTheEnvelope(_ path: String) async throws {
        try await withClient { client in
            try await client.execute(uri: path, method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "application/json")
                #expect(response.json["limit"] as? Int == 100)
                #expect(response.json["offset"] as? Int == 0)
                #expect((response.json["total"] as? Int ?? 0) > 0)
                #expect(response.items.count == response.json["total"] as? Int)
            }
        }
    }

    static let filterRows: [(uri: String, ids: [String])] = [
        ("/v1/meetings?country=co&from=2024", ["2025-05-14-cn-co"]),
        ("/v1/meetings?participant=petro&to=2023", ["2023-10-25-cn-co"]),
        ("/v1/meetings?country=BR", []),
        ("/v1/meetings?from=2025&to=2023", []),
        ("/v1/agreements?sector=belt_and_road", ["2025-05-14-cn-co-cooperation-plan-belt-and-road"]),
        ("/v1/agreements?kind=sanitary_protocol", ["2023-10-25-cn-co-sanitary-protocol-beef", "2023-10-25-cn-co-sanitary-protocol-quinoa"]),
        ("/v1/trade/figures?country=CO&indicator=balance&year=2022", ["co-cn-2022-balance"]),
        ("/v1/relations?country=us", ["co-us-diplomatic-relations-1822"]),
        ("/v1/agreements?status=signed&kind=sanitary_protocol", ["2023-10-25-cn-co-sanitary-protocol-beef", "2023-10-25-cn-co-sanitary-protocol-quinoa"]),
        ("/v1/agreements?status=planned", []),
        ("/v1/agreements?meeting=2025-05-14-cn-co&country=co", ["2025-05-14-cn-co-cooperation-plan-belt-and-road"]),
        ("/v1/agreements?from=2025-05&to=2025-05-31", ["2025-05-14-cn-co-cooperation-plan-belt-and-road"]),
        ("/v1/agreements?country=PA", []),
        ("/v1/trade/figures?partner=cn&country=AR", ["ar-cn-2022-balance"]),
        ("/v1/trade/figures?year=2022&indicator=exports", ["co-cn-2022-exports"]),
        ("/v1/trade/balances?country=co&partner=CN&from=2022&to=2022", ["CO"]),
        ("/v1/trade/balances?country=co&from=2023", []),
        ("/v1/bri/members?status=former_member", ["PA"]),
        ("/v1/timeline?country=PA&from=2025&to=2025-12", ["/v1/bri/members/PA"]),
        ("/v1/trade/figures?country=CO&min_confidence=0.8", ["co-cn-2022-exports"]),
        ("/v1/trade/figures?country=CO&min_confidence=0", ["co-cn-2022-balance", "co-cn-2022-exports"]),
        ("/v1/agreements?kind=sanitary_protocol&min_confidence=0.8", ["2023-10-25-cn-co-sanitary-protocol-beef", "2023-10-25-cn-co-sanitary-protocol-quinoa"]),
        ("/v1/agreements?sector=education&min_confidence=0.8", []),
        ("/v1/meetings?min_confidence=0.9", ["2023-10-25-cn-co", "2025-05-14-cn-co"]),
        ("/v1/meetings?min_confidence=1", []),
        ("/v1/bri/members?min_confidence=0.9", ["CO"]),
        ("/v1/bri/members?min_confidence=9e-1", ["CO"]),
        ("/v1/meetings?min_confidence=2.2250738585072014e-308", ["2023-10-25-cn-co", "2025-05-14-cn-co"]),
    ]

    /// What identifies a list item in `filterRows`: its id, else its country (BRI records, balances), else its link
    /// (timeline entries).
    static func key(_ item: [String: Any]) -> String? {
        (item["id"] ?? item["country"] ?? item["link"]) as? String
    }

    @Test func balancesHaveOneRowPerCountryPartnerAndYear() async throws {
        try await withClient { client in
            try await client.execute(uri: "/v1/trade/balances?country=co&from=2022&to=2022", method: .get) { response in
                #expect(response.items.count == 1)
                let row = try #require(response.items.first)
                #expect(row["figures"] as? [String] == ["co-cn-2022-balance", "co-cn-2022-exports"])
                #expect((row["balance"] as? [String: Any])?["amount"] as? Double == -8_000_000_000)
                #expect((row["imports"] as? [String: Any])?["derived"] as? Bool == true)
            }
        }
    }

    @Test func timelineListsDatedFactsInOrder() async throws {
        try await withClient { client in
            try await client.execute(uri: "/v1/timeline?country=CO&from=2025", method: .get) { response in
                let dates = response.items.compactMap { $0["date"] as? String }
                #expect(!dates.isEmpty && dates.allSatisfy { $0.hasPrefix("2025") })
                #expect(Set(response.items.compactMap { $0["kind"] as? String }).isSuperset(of: ["meeting", "agreement", "bri_joined"]))
                #expect(response.items.allSatisfy { ($0["link"] as? String)?.hasPrefix("/v1/") == true })
            }
        }
    }

    @Test func searchFindsSentencesWithEveryTermAnyCase() async throws {
        try await withClient { client in
            try await client.execute(uri: "/v1/search?q=BEEF+quinoa", method: .get) { response in
                #expect(response.items.count == 2)
                #expect(response.items.allSatisfy { ($0["quote"] as? String)?.lowercased().contains("quinoa") == true })
            }
        }
    }

    @Test func summaryShowsTheFirstScreen() async throws {
        try await withClient { client in
            try await client.execute(uri: "/v1/summary", method: .get) { response in
                #expect((response.json["counts"] as? [String: Int])?["meetings"] == 2)
                #expect(response.json["briMembers"] as? [String] == ["CO"])
                #expect((response.json["latestMeeting"] as? [String: Any])?["id"] as? String == "2025-05-14-cn-co")
            }
        }
    }

    @Test(arguments: filterRows)
    func filters(_ row: (uri: String, ids: [String])) async throws {
        try await withClient { client in
            try await client.execute(uri: row.uri, method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.items.compactMap(Self.key) == row.ids, "\(row.uri)")
            }
        }
    }

    @Test func pagesWithLimitAndOffset() async throws {
        try await withClient { client in
            try await client.execute(uri: "/v1/agreements?limit=5&offset=10", method: .get) { response in
                #expect(response.items.count == 3)
                #expect(response.json["total"] as? Int == 13)
                #expect(response.json["limit"] as? Int == 5 && response.json["offset"] as? Int == 10)
            }
        }
    }

    static let badParameterRows: [(uri: String, parameter: String)] = [
        ("/v1/meetings?limit=0", "limit"), ("/v1/meetings?limit=1001", "limit"), ("/v1/meetings?limit=-3", "limit"),
        ("/v1/meetings?offset=abc", "offset"), ("/v1/meetings?country=COL", "country"), ("/v1/meetings?from=2023-13", "from"),
        ("/v1/meetings?to=", "to"), ("/v1/relations?country=", "country"), ("/v1/documents?offset=1000000001", "offset"), ("/v1/agreements?status=done", "status"), ("/v1/trade/figures?year=99", "year"),
        ("/v1/trade/figures?indicator=gdp", "indicator"), ("/v1/bri/members?status=maybe", "status"),
        ("/v1/relations?country=%F0%9F%87%A8%F0%9F%87%B3", "country"), ("/v1/meetings?limit=5&limit=6", "limit"),
        ("/v1/search", "q"), ("/v1/search?q=+++", "q"), ("/v1/timeline?to=20250", "to"), ("/v1/trade/balances?partner=china", "partner"),
        ("/v1/meetings?min_confidence=1.5", "min_confidence"), ("/v1/agreements?min_confidence=high", "min_confidence"),
        ("/v1/trade/figures?min_confidence=-0.1", "min_confidence"), ("/v1/bri/members?min_confidence=", "min_confidence"),
        ("/v1/meetings?min_confidence=0x1p-1", "min_confidence"), ("/v1/meetings?min_confidence=nan", "min_confidence"),
        ("/v1/meetings?min_confidence=2e0", "min_confidence"),
    ]

    @Test(arguments: badParameterRows)
    func aBadValueIsAProblemNamingTheParameter(_ row: (uri: String, parameter: String)) async throws {
        try await withClient { client in
            try await client.execute(uri: row.uri, method: .get) { response in
                #expect(response.status == .badRequest, "\(row.uri)")
                #expect(response.headers[.contentType] == "application/problem+json")
                #expect(response.json["parameter"] as? String == row.parameter)
                #expect(response.json["status"] as? Int == 400)
            }
        }
    }
}
