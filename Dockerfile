# Puente as a container: a static-stdlib release build, then a slim runtime with the binary, the bundled corpus,
# the API contract and Chart.js for the dashboard, run as a non-root user on 0.0.0.0:8080.
ARG SWIFT_IMAGE=swift:6.3-bookworm
ARG RUNTIME_IMAGE=debian:bookworm-slim

FROM ${SWIFT_IMAGE} AS build
WORKDIR /build
# Dependencies resolve in a layer of their own, rebuilt only when Package.swift changes.
COPY Package.swift ./
RUN swift package resolve
COPY Sources ./Sources
COPY Tests ./Tests
RUN swift build -c release --static-swift-stdlib --product puente \
    && install -D -m 0755 "$(swift build -c release --show-bin-path)/puente" /staging/puente \
    && strip /staging/puente

FROM ${RUNTIME_IMAGE}
# Chart.js for the dashboard's charts, from Debian's package; without it the page shows tables only.
ARG CHARTJS_VERSION=3.9.1+~0.2.1-2
RUN apt-get update \
    && apt-get install -y --no-install-recommends "libjs-chart.js=${CHARTJS_VERSION}" \
    && apt-get clean && rm -rf /var/lib/apt/lists/* \
    && useradd --system --uid 10001 --user-group --no-create-home --shell /usr/sbin/nologin puente
WORKDIR /app
COPY --from=build /staging/puente /usr/local/bin/puente
COPY data/corpus /app/data/corpus
COPY openapi.yaml /app/openapi.yaml
ENV PUENTE_HOST=0.0.0.0 \
    PUENTE_PORT=8080 \
    PUENTE_CORPUS=/app/data/corpus \
    PUENTE_OPENAPI=/app/openapi.yaml \
    PUENTE_ASSETS_DIR=/usr/share/javascript/chart.js
USER 10001:10001
EXPOSE 8080
HEALTHCHECK --interval=10s --timeout=3s --start-period=10s --retries=3 CMD ["puente", "healthcheck"]
ENTRYPOINT ["puente"]
CMD ["serve"]
