# Sourced by the bench scripts (from the repository root): builds target/hashvet.jar with Maven
# when it is missing or older than the sources, so a bench always measures the code in the tree.
jar=target/hashvet.jar
if [ ! -f "$jar" ] || [ -n "$(find hashvet-core/src/main hashvet-cli/src/main pom.xml hashvet-core/pom.xml hashvet-cli/pom.xml -newer "$jar" -print -quit)" ]; then
  echo "building $jar..." >&2
  mvn -B -q -o -DskipTests -Dhashvet.docs.skip=true -pl hashvet-cli -am package >&2
fi
