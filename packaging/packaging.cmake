# Installation and packaging of moctl-studio and moctl. Included last by the top-level CMakeLists.
#
#   Linux:   install rules (GNUInstallDirs), desktop file, AppStream metainfo, hicolor icons, man pages,
#            example systemd user units; CPack DEB (dpkg-shlibdeps), RPM, TGZ.
#   Windows: windeployqt through qt_generate_deploy_app_script, non-Qt DLLs (libmariadb, qtkeychain)
#            through a runtime dependency set, NSIS installer with a start-menu shortcut.
#   macOS:   app bundle (Info.plist, .icns), macdeployqt, DragNDrop disk image.
#
# The version comes only from project(VERSION); the release date from CHANGELOG.md.
# The MatrixOne stand-in (tests/standin, scripts/standin.sh) is never installed.
# How to produce each package: packaging/README.md.

if(NOT TARGET moctl OR NOT TARGET moctl-studio)
    return()
endif()

include(GNUInstallDirs)

set(MOCTL_PACKAGING_DIR ${CMAKE_CURRENT_LIST_DIR})
set(MOCTL_PACKAGING_BINARY_DIR ${CMAKE_BINARY_DIR}/packaging)
set(MOCTL_APPSTREAM_ID "io.github.moctl_studio.MoctlStudio")
# Apple bundle identifiers allow '-' but not '_': the same name, spelled for each platform.
set(MOCTL_BUNDLE_ID "io.github.moctl-studio.MoctlStudio")
set(MOCTL_PACKAGE_MAINTAINER "MOCTL Studio maintainers <maintainers@example.invalid>"
    CACHE STRING "Maintainer written into the .deb and .rpm")

# --- Release date: the CHANGELOG.md heading of this version ("## [0.1.0] - 2026-11-26") ----------------
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/CHANGELOG.md)
string(REPLACE "." "\\." _moctl_version_regex "${PROJECT_VERSION}")
set(MOCTL_RELEASE_DATE "")
if(EXISTS ${CMAKE_SOURCE_DIR}/CHANGELOG.md)
    file(STRINGS ${CMAKE_SOURCE_DIR}/CHANGELOG.md _moctl_release_line
        REGEX "^## \\[${_moctl_version_regex}\\] - [0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]")
    if(_moctl_release_line MATCHES "([0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9])")
        set(MOCTL_RELEASE_DATE ${CMAKE_MATCH_1})
    endif()
endif()
if(NOT MOCTL_RELEASE_DATE)
    message(WARNING "CHANGELOG.md has no \"## [${PROJECT_VERSION}] - YYYY-MM-DD\" heading; "
        "the metainfo and man pages use today's date.")
    string(TIMESTAMP MOCTL_RELEASE_DATE "%Y-%m-%d" UTC)
endif()

# --- Executables -------------------------------------------------------------------------------------
if(APPLE)
    # One bundle holds both: moctl sits next to the GUI so macdeployqt fixes both at once.
    install(TARGETS moctl-studio BUNDLE DESTINATION .)
    install(TARGETS moctl RUNTIME DESTINATION moctl-studio.app/Contents/MacOS)
elseif(WIN32)
    install(TARGETS moctl-studio moctl
        RUNTIME_DEPENDENCY_SET moctl_runtime_dependencies
        RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
else()
    install(TARGETS moctl-studio moctl RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
endif()

if(NOT APPLE) # the disk image holds only the bundle and the /Applications link
    install(FILES ${CMAKE_SOURCE_DIR}/README.md ${CMAKE_SOURCE_DIR}/CHANGELOG.md
        DESTINATION ${CMAKE_INSTALL_DOCDIR} OPTIONAL)
endif()

# --- Linux and other freedesktop systems -------------------------------------------------------------
if(UNIX AND NOT APPLE)
    install(FILES ${MOCTL_PACKAGING_DIR}/linux/moctl-studio.desktop
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)

    configure_file(${MOCTL_PACKAGING_DIR}/linux/${MOCTL_APPSTREAM_ID}.metainfo.xml.in
        ${MOCTL_PACKAGING_BINARY_DIR}/${MOCTL_APPSTREAM_ID}.metainfo.xml @ONLY)
    install(FILES ${MOCTL_PACKAGING_BINARY_DIR}/${MOCTL_APPSTREAM_ID}.metainfo.xml
        DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)

    foreach(size 16 22 24 32 48 64 128 256)
        install(FILES ${MOCTL_PACKAGING_DIR}/icons/hicolor/${size}x${size}/apps/moctl-studio.png
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps)
    endforeach()
    install(FILES ${CMAKE_SOURCE_DIR}/resources/icons/moctl-studio.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)

    # Man pages: version and date filled in, gzip'd as Debian policy wants (gzip -n: reproducible).
    find_program(MOCTL_GZIP gzip)
    set(_moctl_man_outputs "")
    foreach(page moctl.1 moctl-studio.1)
        configure_file(${MOCTL_PACKAGING_DIR}/man/${page} ${MOCTL_PACKAGING_BINARY_DIR}/man/${page} @ONLY)
        if(MOCTL_GZIP)
            add_custom_command(OUTPUT ${MOCTL_PACKAGING_BINARY_DIR}/man/${page}.gz
                COMMAND ${MOCTL_GZIP} -9nkf ${MOCTL_PACKAGING_BINARY_DIR}/man/${page}
                DEPENDS ${MOCTL_PACKAGING_BINARY_DIR}/man/${page}
                COMMENT "Compressing the ${page} man page" VERBATIM)
            list(APPEND _moctl_man_outputs ${MOCTL_PACKAGING_BINARY_DIR}/man/${page}.gz)
        else()
            list(APPEND _moctl_man_outputs ${MOCTL_PACKAGING_BINARY_DIR}/man/${page})
        endif()
    endforeach()
    add_custom_target(moctl_man_pages ALL DEPENDS ${_moctl_man_outputs})
    install(FILES ${_moctl_man_outputs} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)

    # Example systemd user units for headless scheduled runs (written with the scheduler). Installed
    # to <prefix>/lib/systemd/user (not LIBDIR: systemd does not look in multiarch directories);
    # nothing is enabled: `systemctl --user enable --now moctl-schedule.timer`.
    foreach(unit moctl-schedule.service moctl-schedule.timer)
        if(EXISTS ${MOCTL_PACKAGING_DIR}/systemd/${unit})
            install(FILES ${MOCTL_PACKAGING_DIR}/systemd/${unit} DESTINATION lib/systemd/user)
        endif()
    endforeach()
endif()

# --- Windows: icon and version resource, Qt deployment, non-Qt DLLs ----------------------------------
if(WIN32)
    configure_file(${MOCTL_PACKAGING_DIR}/windows/moctl.rc.in ${MOCTL_PACKAGING_BINARY_DIR}/moctl.rc @ONLY)
    target_sources(moctl-studio PRIVATE ${MOCTL_PACKAGING_BINARY_DIR}/moctl.rc)
    target_sources(moctl PRIVATE ${MOCTL_PACKAGING_BINARY_DIR}/moctl.rc)

    # libmariadb.dll (used by the QMYSQL plugin and by mo_core) and qt6keychain.dll are not Qt's, so
    # windeployqt does not copy them: collect them from the executables' runtime dependencies.
    # They are searched in the bin/ and lib/ folders of CMAKE_PREFIX_PATH (vcpkg's installed tree,
    # or MariaDB Connector/C's install folder) and in MOCTL_EXTRA_DLL_DIRS.
    set(MOCTL_EXTRA_DLL_DIRS "" CACHE STRING "More folders to search for libmariadb.dll and qt6keychain.dll")
    set(_moctl_dll_dirs ${MOCTL_EXTRA_DLL_DIRS})
    foreach(prefix IN LISTS CMAKE_PREFIX_PATH)
        list(APPEND _moctl_dll_dirs ${prefix}/bin ${prefix}/lib)
    endforeach()
    if(DEFINED VCPKG_INSTALLED_DIR AND DEFINED VCPKG_TARGET_TRIPLET)
        list(APPEND _moctl_dll_dirs ${VCPKG_INSTALLED_DIR}/${VCPKG_TARGET_TRIPLET}/bin)
    endif()
    list(APPEND _moctl_dll_dirs ${QT6_INSTALL_PREFIX}/${QT6_INSTALL_BINS})
    # Qt's own DLLs are windeployqt's job (qt6keychain.dll is not Qt's and must stay). CMake before
    # 3.27 lower-cases DLL names on Windows, later versions keep their case: match both.
    set(_moctl_qt_dll "^[Qq][Tt]6([Cc]ore|[Gg]ui|[Ww]idgets|[Ss]ql|[Nn]etwork|[Cc]oncurrent|[Ss]vg|[Cc]harts|[Dd][Bb]us|[Oo]pen[Gg][Ll])")
    install(RUNTIME_DEPENDENCY_SET moctl_runtime_dependencies
        PRE_EXCLUDE_REGEXES "^[Aa][Pp][Ii]-[Mm][Ss]-" "^[Ee][Xx][Tt]-[Mm][Ss]-" "${_moctl_qt_dll}"
        POST_EXCLUDE_REGEXES ".*[Ss][Yy][Ss][Tt][Ee][Mm]32/.*"
        DIRECTORIES ${_moctl_dll_dirs}
        DESTINATION ${CMAKE_INSTALL_BINDIR})
    # The MSVC runtime goes in too (the installer must run on a machine without Visual Studio).
    set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION ${CMAKE_INSTALL_BINDIR})
    include(InstallRequiredSystemLibraries)
endif()

# --- macOS: bundle metadata and icon -----------------------------------------------------------------
if(APPLE)
    set_target_properties(moctl-studio PROPERTIES
        MACOSX_BUNDLE_INFO_PLIST ${MOCTL_PACKAGING_DIR}/macos/Info.plist.in
        MACOSX_BUNDLE_GUI_IDENTIFIER ${MOCTL_BUNDLE_ID}
        MACOSX_BUNDLE_BUNDLE_NAME "MOCTL Studio"
        MACOSX_BUNDLE_BUNDLE_VERSION ${PROJECT_VERSION}
        MACOSX_BUNDLE_SHORT_VERSION_STRING ${PROJECT_VERSION}
        MACOSX_BUNDLE_COPYRIGHT "MOCTL Studio contributors"
        MACOSX_BUNDLE_ICON_FILE moctl-studio.icns)
    # The .icns: a committed packaging/macos/moctl-studio.icns if there is one, else made at build
    # time by iconutil (part of macOS) from the committed hicolor PNGs.
    set(_moctl_icns ${MOCTL_PACKAGING_DIR}/macos/moctl-studio.icns)
    if(NOT EXISTS ${_moctl_icns})
        find_program(MOCTL_ICONUTIL iconutil)
        set(_moctl_icns "")
        if(MOCTL_ICONUTIL)
            set(_moctl_iconset ${MOCTL_PACKAGING_BINARY_DIR}/moctl-studio.iconset)
            set(_moctl_iconset_files "")
            foreach(entry 16:icon_16x16 32:icon_16x16@2x 32:icon_32x32 64:icon_32x32@2x
                          128:icon_128x128 256:icon_128x128@2x 256:icon_256x256)
                string(REPLACE ":" ";" entry "${entry}")
                list(GET entry 0 size)
                list(GET entry 1 name)
                configure_file(${MOCTL_PACKAGING_DIR}/icons/hicolor/${size}x${size}/apps/moctl-studio.png
                    ${_moctl_iconset}/${name}.png COPYONLY)
                list(APPEND _moctl_iconset_files ${_moctl_iconset}/${name}.png)
            endforeach()
            set(_moctl_icns ${MOCTL_PACKAGING_BINARY_DIR}/moctl-studio.icns)
            add_custom_command(OUTPUT ${_moctl_icns}
                COMMAND ${MOCTL_ICONUTIL} -c icns -o ${_moctl_icns} ${_moctl_iconset}
                DEPENDS ${_moctl_iconset_files}
                COMMENT "Making moctl-studio.icns" VERBATIM)
        else()
            message(WARNING "iconutil not found: the app bundle will have no icon.")
        endif()
    endif()
    if(_moctl_icns)
        target_sources(moctl-studio PRIVATE ${_moctl_icns})
        set_source_files_properties(${_moctl_icns} PROPERTIES MACOSX_PACKAGE_LOCATION Resources)
    endif()
endif()

# --- Qt deployment (windeployqt / macdeployqt); on Linux the system Qt packages are dependencies ------
if(WIN32 OR APPLE)
    if(NOT TARGET Qt6::QMYSQLDriverPlugin)
        message(WARNING "Qt's QMYSQL plugin was not found: an installer built now could not reach "
            "MatrixOne. Build it from qtbase/src/plugins/sqldrivers (see packaging/README.md).")
    endif()
    if(WIN32)
        # windeployqt, once per executable, copies the Qt DLLs, qt.conf and every plugin of the
        # modules used (sqldrivers included, so qsqlmysql.dll) into bin/; both share that folder.
        foreach(target moctl-studio moctl)
            if(Qt6_VERSION VERSION_GREATER_EQUAL 6.5)
                qt_generate_deploy_app_script(TARGET ${target} OUTPUT_SCRIPT _moctl_deploy_script
                    NO_UNSUPPORTED_PLATFORM_ERROR)
            else()
                qt_generate_deploy_app_script(TARGET ${target} FILENAME_VARIABLE _moctl_deploy_script
                    NO_UNSUPPORTED_PLATFORM_ERROR)
            endif()
            install(SCRIPT ${_moctl_deploy_script})
        endforeach()
    else()
        # What qt_generate_deploy_app_script writes for a bundle, plus moctl inside the bundle
        # (qt_generate_deploy_app_script only takes bundles, and one target at a time).
        set(_moctl_deploy_script ${MOCTL_PACKAGING_BINARY_DIR}/deploy_moctl_bundle.cmake)
        file(GENERATE OUTPUT ${_moctl_deploy_script} CONTENT "
include(\"${QT_DEPLOY_SUPPORT}\")
qt_deploy_runtime_dependencies(
    EXECUTABLE \"$<TARGET_FILE_NAME:moctl-studio>.app\"
    ADDITIONAL_EXECUTABLES \"$<TARGET_FILE_NAME:moctl-studio>.app/Contents/MacOS/$<TARGET_FILE_NAME:moctl>\"
)
")
        install(SCRIPT ${_moctl_deploy_script})
    endif()
endif()

# --- CPack -------------------------------------------------------------------------------------------
set(CPACK_PACKAGE_NAME moctl-studio)
set(CPACK_PACKAGE_VENDOR "MOCTL Studio")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
# Wrapped below 80 columns, as Debian's control file wants its long description.
string(JOIN "\n" CPACK_PACKAGE_DESCRIPTION
    "MOCTL Studio runs the maintenance operations of MatrixOne clusters through"
    "the mo_ctl SQL function: flush tables, force incremental and global"
    "checkpoints, by hand or as saved maintenance plans that run on a schedule,"
    "with every outcome kept in a history. The moctl command does the same"
    "without a display, for cron and systemd timers.")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_CONTACT "${MOCTL_PACKAGE_MAINTAINER}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "MOCTL Studio")
set(CPACK_PACKAGE_EXECUTABLES moctl-studio "MOCTL Studio")
set(CPACK_STRIP_FILES ON)
set(CPACK_PACKAGE_CHECKSUM SHA256)
string(TOLOWER "${CMAKE_SYSTEM_NAME}-${CMAKE_SYSTEM_PROCESSOR}" _moctl_system)
set(CPACK_PACKAGE_FILE_NAME "${CPACK_PACKAGE_NAME}-${PROJECT_VERSION}-${_moctl_system}")
set(CPACK_SOURCE_GENERATOR TGZ)
set(CPACK_SOURCE_PACKAGE_FILE_NAME "${CPACK_PACKAGE_NAME}-${PROJECT_VERSION}")
set(CPACK_SOURCE_IGNORE_FILES "/\\\\.git/" "/build[^/]*/" "/out/" "\\\\.user$" "/\\\\.cache/" "__pycache__")

if(WIN32)
    set(CPACK_GENERATOR NSIS ZIP)
elseif(APPLE)
    set(CPACK_GENERATOR DragNDrop)
else()
    set(CPACK_GENERATOR TGZ)
    find_program(MOCTL_DPKG_DEB dpkg-deb)
    find_program(MOCTL_RPMBUILD rpmbuild)
    if(MOCTL_DPKG_DEB)
        list(PREPEND CPACK_GENERATOR DEB)
    endif()
    if(MOCTL_RPMBUILD)
        list(APPEND CPACK_GENERATOR RPM)
    endif()
endif()

# Debian: Qt, libmariadb and the keychain library through dpkg-shlibdeps; the SQL driver plugins and
# the SVG icon engine are loaded at run time, so shlibdeps cannot see them: named explicitly.
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${MOCTL_PACKAGE_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_SECTION database)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-mysql, libqt6sql6-sqlite, libqt6keychain1, libqt6svg6")
# Qt's own strings (OK, Cancel, file dialogs) in the user's language.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n")
# A CJK font for the Simplified Chinese interface (desktops set up for Chinese have one already).
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "gnome-keyring | kwalletmanager | keepassxc, fonts-noto-cjk | fonts-wqy-microhei")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)

# RPM (Fedora package names for what rpmbuild's automatic requirements cannot see).
set(CPACK_RPM_FILE_NAME RPM-DEFAULT)
set(CPACK_RPM_PACKAGE_RELEASE 1)
set(CPACK_RPM_PACKAGE_GROUP "Applications/Databases")
set(CPACK_RPM_PACKAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_RPM_PACKAGE_DESCRIPTION "${CPACK_PACKAGE_DESCRIPTION}")
set(CPACK_RPM_PACKAGE_AUTOREQ ON)
set(CPACK_RPM_PACKAGE_REQUIRES "qt6-qtbase-mysql, qt6-qtsvg, qtkeychain-qt6")
# No /usr/lib/.build-id links in the package: they would clash with other packages' debug links.
set(CPACK_RPM_SPEC_MORE_DEFINE "%define _build_id_links none")
set(CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION
    /usr/share/applications /usr/share/metainfo /usr/share/icons /usr/share/icons/hicolor
    /usr/share/man /usr/share/man/man1 /usr/lib/systemd /usr/lib/systemd/user)
foreach(size 16 22 24 32 48 64 128 256)
    list(APPEND CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION
        /usr/share/icons/hicolor/${size}x${size} /usr/share/icons/hicolor/${size}x${size}/apps)
endforeach()
list(APPEND CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION
    /usr/share/icons/hicolor/scalable /usr/share/icons/hicolor/scalable/apps)

# Windows installer (NSIS): start-menu shortcut from CPACK_PACKAGE_EXECUTABLES, optional PATH entry
# so moctl works from a console.
set(CPACK_NSIS_PACKAGE_NAME "MOCTL Studio")
set(CPACK_NSIS_DISPLAY_NAME "MOCTL Studio ${PROJECT_VERSION}")
set(CPACK_NSIS_MUI_ICON ${MOCTL_PACKAGING_DIR}/windows/moctl-studio.ico)
set(CPACK_NSIS_MUI_UNIICON ${MOCTL_PACKAGING_DIR}/windows/moctl-studio.ico)
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\moctl-studio.exe")
set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
set(CPACK_NSIS_CONTACT "${MOCTL_PACKAGE_MAINTAINER}")
set(CPACK_NSIS_MODIFY_PATH ON)
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_EXECUTABLES_DIRECTORY ${CMAKE_INSTALL_BINDIR})
set(CPACK_CREATE_DESKTOP_LINKS moctl-studio)

# macOS disk image: the bundle and a link to /Applications (CPack adds it by default).
set(CPACK_DMG_VOLUME_NAME "MOCTL Studio ${PROJECT_VERSION}")
set(CPACK_DMG_FORMAT UDZO)

include(CPack)

# --- The packaging test (ctest -L packaging): builds the .deb, installs it, checks it, removes it. ----
if(MOCTL_BUILD_TESTS AND UNIX AND NOT APPLE)
    add_test(NAME packaging_deb
        COMMAND ${CMAKE_SOURCE_DIR}/tests/packaging/test_packaging.sh
            --build-dir ${CMAKE_BINARY_DIR} --version ${PROJECT_VERSION}
            --appstream-id ${MOCTL_APPSTREAM_ID} --source-dir ${CMAKE_SOURCE_DIR})
    set_tests_properties(packaging_deb PROPERTIES
        LABELS packaging RUN_SERIAL TRUE TIMEOUT 120 SKIP_RETURN_CODE 77)
endif()
