// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Puente",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "puente", targets: ["puente"]),
        .library(name: "PuenteCore", targets: ["PuenteCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        .target(name: "PuenteCore"),
        .executableTarget(
            name: "puente",
            dependencies: [
                "PuenteCore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "PuenteCoreTests",
            dependencies: ["PuenteCore", "puente"]
        ),
    ]
)
