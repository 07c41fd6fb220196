# Mirage in a container: the jar, the precompiled catalogue and a class-data archive made
# for this image's Java, run as a user without privileges in /work.
#
#   docker build -t mirage .
#   docker run --rm --user "$(id -u):$(id -g)" -v "$PWD:/work" mirage audit charters/
#
# The build stage compiles and packages Mirage (tests are run by 'mvn verify' elsewhere).
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml ./
COPY src ./src
COPY rules ./rules
COPY sample-facts ./sample-facts
RUN mvn -B -q package -DskipTests

FROM eclipse-temurin:17-jre
LABEL org.opencontainers.image.title="Mirage" \
      org.opencontainers.image.description="Audits how a public organisation represents its users, after J. T. Godbout, « Les mirages de la coproduction »"
COPY --from=build /src/target/mirage.jar /opt/mirage/mirage.jar
COPY --from=build /src/target/mirage-cache /opt/mirage/mirage-cache
COPY src/main/launcher /tmp/mirage/src/main/launcher
COPY sample-facts /tmp/mirage/sample-facts
# The launcher, and its class-data archive trained with this image's Java (an archive made
# with another Java build would be refused); then the command on the PATH and a user.
RUN sh /tmp/mirage/src/main/launcher/install /opt/mirage /tmp/mirage \
    && rm -rf /tmp/mirage \
    && ln -s /opt/mirage/mirage /usr/local/bin/mirage \
    && useradd --system --uid 10001 --no-create-home --shell /usr/sbin/nologin mirage
# Rules compiled at run time (a --rules folder's recognition rules) are kept in /tmp.
ENV XDG_CACHE_HOME=/tmp/.cache
USER mirage
WORKDIR /work
ENTRYPOINT ["mirage"]
CMD ["--help"]
