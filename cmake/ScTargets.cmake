# sc_library and sc_test: the two ways a module declares its build.
#
#   sc_library(NAME ingest SRCS csv_reader.cc ... DEPS sc::model fmt::fmt)
#   sc_test(NAME ingest_test SRCS csv_reader_test.cc ... DEPS sc::ingest LABELS unit)
#
# Every library gets the alias sc::<name>, the include root src/ (so includes read
# "ingest/csv_reader.h") and the project warnings. DEPS are linked PUBLIC, so a module sees
# exactly the modules it declares: the dependency rule of ARCHITECTURE.md is enforced here.

add_library(sc_warnings INTERFACE)
target_compile_options(sc_warnings INTERFACE -Wall -Wextra -Wpedantic -Wshadow
                       -Wnon-virtual-dtor -Wno-missing-field-initializers)
if(SC_WERROR)
  target_compile_options(sc_warnings INTERFACE -Werror)
endif()

add_library(sc_sanitize INTERFACE)
if(SC_SANITIZE)
  target_compile_options(sc_sanitize INTERFACE -fsanitize=address,undefined
                         -fno-sanitize-recover=undefined -fno-omit-frame-pointer)
  target_link_options(sc_sanitize INTERFACE -fsanitize=address,undefined)
endif()

function(sc_library)
  cmake_parse_arguments(SC "" "NAME" "SRCS;DEPS" ${ARGN})
  add_library(sc_${SC_NAME} STATIC ${SC_SRCS})
  add_library(sc::${SC_NAME} ALIAS sc_${SC_NAME})
  target_include_directories(sc_${SC_NAME} PUBLIC "${PROJECT_SOURCE_DIR}/src")
  target_link_libraries(sc_${SC_NAME} PUBLIC ${SC_DEPS} PRIVATE sc_warnings sc_sanitize)
endfunction()

function(sc_test)
  cmake_parse_arguments(SC "" "NAME" "SRCS;DEPS;LABELS" ${ARGN})
  if(NOT SC_BUILD_TESTS)
    return()
  endif()
  add_executable(${SC_NAME} ${SC_SRCS})
  target_link_libraries(${SC_NAME} PRIVATE ${SC_DEPS} GTest::gmock GTest::gtest_main
                        sc_warnings sc_sanitize)
  target_compile_definitions(${SC_NAME} PRIVATE
    SC_SOURCE_DIR="${PROJECT_SOURCE_DIR}" SC_BINARY_DIR="${PROJECT_BINARY_DIR}")
  if(NOT SC_LABELS)
    set(SC_LABELS unit)
  endif()
  gtest_discover_tests(${SC_NAME} PROPERTIES LABELS "${SC_LABELS}" DISCOVERY_TIMEOUT 60)
endfunction()
