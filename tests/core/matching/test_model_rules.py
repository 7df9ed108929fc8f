"""Model numbers alone (make column blank): vendors' own naming conventions, and the look-alikes they must not catch.

The models below were taken from vendor documents, advisories and datasheets (see db/sources.csv for each rule's
source); the look-alikes are real models of makers no source names.
"""

import pytest

from app.core.domain import Device

# (model, vendor, category): each family a rule covers, written as people write it.
LISTED = [
    # Hikvision
    ("DS-2CD2143G2-I", "hikvision", "fixed_camera"),
    ("DS-2CV2021G2-IDW(W)", "hikvision", "fixed_camera"),
    ("2CD2143G2-I", "hikvision", "fixed_camera"),
    ("2CE16D0T-IRF", "hikvision", "analogue_camera"),
    ("DS-2TD2167-25/PY", "hikvision", "thermal_camera"),
    ("DS-2TP21B-6AVF/W", "hikvision", "thermal_camera"),
    ("DS-2DE4425IW-DE", "hikvision", "ptz_camera"),
    ("DS-7716NXI-I4/16P/VPRO", "hikvision", "nvr"),
    ("DS-96128NI-I16/H", "hikvision", "nvr"),
    ("iDS-7216HQHI-M1/XT", "hikvision", "dvr"),
    ("DS-3E1505P-EI/M", "hikvision", "network_switch"),
    ("DS-1005KI", "hikvision", "other"),
    ("DS-1280ZJ-XS", "hikvision", "other"),
    ("DS-K1T341AMF", "hikvision", "access_control"),
    ("DS-K1A802AMF-B", "hikvision", "access_control"),
    ("DS-K2604T", "hikvision", "access_control"),
    ("DS-KIS602", "hikvision", "intercom"),
    ("DS-KV6113-WPE1", "hikvision", "intercom"),
    ("DS-PWA96-M-WE", "hikvision", "other"),
    # HiLook, HiWatch, EZVIZ, HikMicro, HikAuto
    ("IPC-B121H-C", "hikvision", "fixed_camera"),
    ("IPC-T221H", "hikvision", "fixed_camera"),
    ("NVR-104MH-C/4P", "hikvision", "nvr"),
    ("NVR-108H-D/8P(D)", "hikvision", "nvr"),
    ("DVR-204G-K1(B)(S)", "hikvision", "dvr"),
    ("DVR-232Q-M2", "hikvision", "dvr"),
    ("THC-B120-MC", "hikvision", "analogue_camera"),
    ("PTZ-N2C400I-DE", "hikvision", "ptz_camera"),
    ("HWI-B121H", "hikvision", "fixed_camera"),
    ("HWN-2104MH-4P", "hikvision", "nvr"),
    ("HWD-6104MH-G2", "hikvision", "dvr"),
    ("HWP-N2404IH-DE3(F)", "hikvision", "ptz_camera"),
    ("HWT-B120-P", "hikvision", "analogue_camera"),
    ("CS-C6N-A0-1C2WFR", "hikvision", "fixed_camera"),
    ("CS-CV248", "hikvision", "fixed_camera"),
    ("CS-H8C", "hikvision", "fixed_camera"),
    ("CS-DB1C-A0-1E2W2FR", "hikvision", "intercom"),
    ("CS-X5S-8W", "hikvision", "nvr"),
    ("HM-TD1018-1/QR", "hikvision", "thermal_camera"),
    ("HM-TD2628-3/G1/T3A", "hikvision", "thermal_camera"),
    ("AE-DC5013-F6", "hikvision", "other"),
    # Dahua, with and without the DH-/IPC- prefixes
    ("IPC-HFW2831T-ZS", "dahua", "fixed_camera"),
    ("DH-IPC-HDW3549H-AS-PV", "dahua", "fixed_camera"),
    ("HFW2431S-S-S2", "dahua", "fixed_camera"),
    ("HDBW1230E-S5", "dahua", "fixed_camera"),
    ("IPC-EW5541-AS", "dahua", "fixed_camera"),
    ("DH-IPC-PFW3849S-A180-AS-PV", "dahua", "multi_sensor_camera"),
    ("IPC-PDBW5831-B360-E4", "dahua", "multi_sensor_camera"),
    ("HAC-B2A21-0280B", "dahua", "analogue_camera"),
    ("HAC-HFW1200R", "dahua", "analogue_camera"),
    ("SD49225XA-HNR", "dahua", "ptz_camera"),
    ("DH-SD3C405DB-GNY-A-PV", "dahua", "ptz_camera"),
    ("SD2A500HB-GN-A-PV-S2", "dahua", "ptz_camera"),
    ("SD1A404XB-GNR", "dahua", "ptz_camera"),
    ("TPC-BF5421-T", "dahua", "thermal_camera"),
    ("TPC-DF1241", "dahua", "thermal_camera"),
    ("NVR2108-8P-4KS2", "dahua", "nvr"),
    ("NVR608H-32-XI", "dahua", "nvr"),
    ("DHI-NVR5208-8P-4KS2", "dahua", "nvr"),
    ("IVSS7008-1T", "dahua", "nvr"),
    ("DH-XVR4232AN-I", "dahua", "dvr"),
    ("XVR1B04-I", "dahua", "dvr"),
    ("XVR5116HS-X", "dahua", "dvr"),
    ("HCVR7108H-4M", "dahua", "dvr"),
    ("VTO2111D-P-S2", "dahua", "intercom"),
    ("VTH5221D", "dahua", "intercom"),
    ("ASI7213Y-V3", "dahua", "access_control"),
    ("ASR1100A", "dahua", "access_control"),
    ("PFS3010-8ET-96", "dahua", "network_switch"),
    # Uniview and Uniarch
    ("IPC2122LB-SF28-A", "uniview", "fixed_camera"),
    ("IPC3614SB-ADF28KM-I0", "uniview", "fixed_camera"),
    ("IPC6322SR-X22P-D", "uniview", "ptz_camera"),
    ("IPC814SR-DVPF16", "uniview", "multi_sensor_camera"),
    ("IPC2K24SE-ADF40KM-WL-I0", "uniview", "fixed_camera"),
    ("NVR301-04S2-P4", "uniview", "nvr"),
    ("NVR304-16E", "uniview", "nvr"),
    ("IPC-T122-APF28", "uniview", "fixed_camera"),
    ("IPC-B124-APF40K", "uniview", "fixed_camera"),
    ("NVR-104E2-P4", "uniview", "nvr"),
    # Tiandy
    ("TC-C32GN", "tiandy", "fixed_camera"),
    # Huawei datacom, servers and home gateways
    ("S5735-L24P4S-A1", "huawei", "network_switch"),
    ("S5720-52X-SI-AC", "huawei", "network_switch"),
    ("S6720-30C-EI-24S-AC", "huawei", "network_switch"),
    ("S2700-26TP-SI", "huawei", "network_switch"),
    ("S12708", "huawei", "network_switch"),
    ("CE6881-48S6CQ", "huawei", "network_switch"),
    ("CloudEngine 6865-48S8CQ-EI", "huawei", "network_switch"),
    ("CE12804", "huawei", "network_switch"),
    ("AR1220", "huawei", "network_switch"),
    ("AR6120", "huawei", "network_switch"),
    ("AR 6120", "huawei", "network_switch"),
    ("AR129CGVW-L", "huawei", "network_switch"),
    ("NetEngine AR6140-16G4XG", "huawei", "network_switch"),
    ("NE40E-X8", "huawei", "network_switch"),
    ("USG6530E", "huawei", "network_switch"),
    ("Secospace USG6600", "huawei", "network_switch"),
    ("AirEngine 5760-10", "huawei", "network_switch"),
    ("AP4050DN", "huawei", "network_switch"),
    ("2288H V5", "huawei", "network_switch"),
    ("RH2288H V3", "huawei", "network_switch"),
    ("FusionServer Pro 2298 V5", "huawei", "network_switch"),
    ("EchoLife HG8245H", "huawei", "network_switch"),
    ("HG8546M", "huawei", "network_switch"),
    ("EG8145V5", "huawei", "network_switch"),
    ("HN8245Q", "huawei", "network_switch"),
    ("HG532e", "huawei", "network_switch"),
    ("B315s-22", "huawei", "network_switch"),
    ("E5577Cs-321", "huawei", "network_switch"),
    ("H112-370", "huawei", "network_switch"),
    ("MA5800-X7", "huawei", "network_switch"),
    ("IPC6512-Z30", "huawei", "fixed_camera"),
    # ZTE
    ("ZXHN F670L", "zte", "network_switch"),
    ("ZXA10 C600", "zte", "network_switch"),
    ("ZXR10 5960-56QU-HC", "zte", "network_switch"),
    ("F670L", "zte", "network_switch"),
    ("F6600P", "zte", "network_switch"),
    ("H298A", "zte", "network_switch"),
    ("MF971R", "zte", "network_switch"),
    ("MF79U", "zte", "network_switch"),
    ("MF65+", "zte", "network_switch"),
    ("MC888", "zte", "network_switch"),
    ("MC801A", "zte", "network_switch"),
    # Hytera
    ("PD785", "hytera", "two_way_radio"),
    ("PD782i", "hytera", "two_way_radio"),
    ("MD785G", "hytera", "two_way_radio"),
    ("BD502i", "hytera", "two_way_radio"),
    ("HP782", "hytera", "two_way_radio"),
    ("HM782", "hytera", "two_way_radio"),
    ("HR1065", "hytera", "two_way_radio"),
    # Added families (second pass): Huawei servers without the FusionServer name, WLAN ACs, ATN, Dorado
    ("1288H V5", "huawei", "network_switch"),
    ("2288H V6", "huawei", "network_switch"),
    ("2488H V6", "huawei", "network_switch"),
    ("5288 V5", "huawei", "network_switch"),
    ("RH2288", "huawei", "network_switch"),
    ("RH2288H", "huawei", "network_switch"),
    ("CH121 V5", "huawei", "network_switch"),
    ("XH628 V3", "huawei", "network_switch"),
    ("AC6605-26-PWR", "huawei", "network_switch"),
    ("AC6508", "huawei", "network_switch"),
    ("AC6805", "huawei", "network_switch"),
    ("AC6800V", "huawei", "network_switch"),
    ("ATN910C", "huawei", "network_switch"),
    ("ATN 950B", "huawei", "network_switch"),
    ("OceanStor Dorado 5000 V6", "huawei", "network_switch"),
    ("Dorado3000 V3", "huawei", "network_switch"),
    # Imou (Dahua consumer brand)
    ("IPC-A22EP", "dahua", "fixed_camera"),
    ("IPC-A22EP-B", "dahua", "fixed_camera"),
    ("IPC-C22C", "dahua", "fixed_camera"),
    ("IPC-F42", "dahua", "fixed_camera"),
    ("IPC-K42", "dahua", "fixed_camera"),
    ("IPC-GK2DP", "dahua", "fixed_camera"),
    ("IPC-S42F", "dahua", "fixed_camera"),
    ("IPC-TA22CP-D", "dahua", "fixed_camera"),
    ("IPC-GS7EP", "dahua", "fixed_camera"),
    ("C22EP", "dahua", "fixed_camera"),
    ("A22EP", "dahua", "fixed_camera"),
    ("F22FP", "dahua", "fixed_camera"),
    ("DB61i", "dahua", "intercom"),
    ("DB11", "dahua", "intercom"),
    ("NVR1104HS", "dahua", "nvr"),
    # Dahua NVRs in Dahua's own convention
    ("NVR2104HS-S2", "dahua", "nvr"),
    ("NVR4216-4KS2", "dahua", "nvr"),
    ("NVR5832-4KS2", "dahua", "nvr"),
    ("NVR5464-EI", "dahua", "nvr"),
    # EZVIZ, HikAuto, Hikvision displays and intercom modules, HiLook DVR-E, value cameras
    ("CS-BM1", "hikvision", "fixed_camera"),
    ("CS-C1T (1080P)", "hikvision", "fixed_camera"),
    ("AE-MD5043-SD/GLF(EU-STD)", "hikvision", "dvr"),
    ("AE-MN5043(RJ45)", "hikvision", "nvr"),
    ("AE-VC215I-ISF(M12)(2MM)", "hikvision", "fixed_camera"),
    ("AE-VD2501A-A", "hikvision", "other"),
    ("DS-D5043F3-1V0S", "hikvision", "other"),
    ("DS-D2055UL-0A", "hikvision", "other"),
    ("DS-KD-KP", "hikvision", "intercom"),
    ("DS-KAD706-P", "hikvision", "intercom"),
    ("DVR-E04G-E", "hikvision", "dvr"),
    ("ECI-B14F2", "hikvision", "fixed_camera"),
    ("ECT-T12F", "hikvision", "fixed_camera"),
    # Uniview further lines
    ("IPC2B14SE-ADF28KM", "uniview", "fixed_camera"),
    ("IPC94144SR-X25", "uniview", "multi_sensor_camera"),
    ("IPC8642ER-X", "uniview", "multi_sensor_camera"),
    # Hytera H-series with the keypad digit
    ("HP785", "hytera", "two_way_radio"),
    ("HP685", "hytera", "two_way_radio"),
    ("HP605", "hytera", "two_way_radio"),
]

# Real models of makers no source names: look-alikes of the rules above. None may be flagged.
CLEAN = [
    "DS-1200",  # Digiever NVR, not Hikvision DS-
    "DS-2100 Pro",  # Digiever
    "DS-4200-RM",  # Digiever
    "DS150i",  # Bosch request-to-exit detector
    "DS160",  # Bosch
    "DS920+",  # Synology DiskStation
    "DS1821+",  # Synology
    "IPC2253-HN",  # Kedacom: a hyphen straight after the digits, unlike Uniview IPC2122LB
    "IPC425-F220-N",  # Kedacom
    "S4048-ON",  # Dell EMC switch, not Huawei S-series
    "S5248F-ON",  # Dell EMC
    "S3048-ON",  # Dell EMC
    "S6010-ON",  # Dell EMC
    "S2500-24P",  # Aruba Mobility Access switch
    "S3300-28X",  # NETGEAR smart switch
    "C9300-24P",  # Cisco Catalyst
    "WS-C2960X-48FPD-L",  # Cisco
    "ASR1001-X",  # Cisco router, not a Dahua ASR reader
    "ASR1002HX",  # Cisco, hyphen dropped
    "ASR920-12CZ-A",  # Cisco
    "ISR4331/K9",  # Cisco
    "AIR-AP2802I-E-K9",  # Cisco Aironet
    "AP1832I",  # Cisco Aironet, hyphen dropped
    "CS-KIT-K9",  # Cisco Webex Room Kit, not EZVIZ CS-
    "CS-BOARD55-K9",  # Cisco Webex Board
    "CS-BAR-T",  # Cisco Webex Room Bar
    "EX2300-24P",  # Juniper
    "SRX300",  # Juniper
    "QFX5120-48Y",  # Juniper
    "AP-515",  # Aruba
    "IAP-305",  # Aruba
    "USG40",  # Zyxel firewall, not Huawei USG
    "USG1100",  # Zyxel
    "USG FLEX 100",  # Zyxel
    "USG-PRO-4",  # Ubiquiti UniFi Security Gateway
    "U6-LR",  # Ubiquiti
    "HG6145F",  # FiberHome ONT, not Huawei HG
    "HG6243C",  # FiberHome
    "MF445dw",  # Canon imageCLASS, not ZTE MF
    "MF232w",  # Canon
    "MF3010",  # Canon
    "MFC-L2710DW",  # Brother
    "MC3300",  # Zebra handheld, not ZTE MC
    "MC9300",  # Zebra
    "SDSQUA4-064G-GN6MA",  # SanDisk microSD, not a Dahua SD PTZ
    "SDCS2/64GB",  # Kingston microSD
    "M3007-PV",  # Axis
    "P3364-L",  # Axis
    "Q1932-E",  # Axis
    "XNV-8080R",  # Hanwha Wisenet
    "QNV-6012R",  # Hanwha Wisenet
    "NBN-73023BA",  # Bosch DINION
    "NDP-7512-Z30",  # Bosch AUTODOME
    "DP4400e",  # Motorola radio, not Hytera PD
    "DM4600e",  # Motorola
    "XPR 7550",  # Motorola
    "CP200d",  # Motorola
    "SL300",  # Motorola
    "NX-3220",  # Kenwood
    "TK-3402U16P",  # Kenwood
    "IC-F52D",  # Icom
    "HP 305",  # HP ink cartridge, not Hytera HP
    "RLC-810A",  # Reolink
    "RLN8-410",  # Reolink NVR
    "MS-C2963-PB",  # Milesight
    "IB8369A",  # Vivotek
    "FD9189-H",  # Vivotek
    "GV-BX4700",  # GeoVision
    "H5A-BO-IR",  # Avigilon
    "WV-S2136",  # i-PRO
    "SNC-VB770",  # Sony
    "VMC4030P",  # Arlo
    "TL-SG1016D",  # TP-Link
    "TAPO-C320WS",  # TP-Link Tapo
    "GS308T",  # NETGEAR
    "M4300-52G",  # NETGEAR
    "DGS-1210-28P",  # D-Link
    "DCS-8000LH",  # D-Link
    "GWN7700M",  # Grandstream
    "T54W",  # Yealink
    "R640",  # Dell server
    "DL380 Gen10",  # HPE server
    "SYS-2029P-C1R",  # Supermicro
    "FG-60F",  # Fortinet
    "PA-440",  # Palo Alto
    "NVR2820",  # Kedacom recorder, not Dahua
    "NVR2860E",  # Kedacom
    "NVR1822-16ND",  # Kedacom
    "NVR2882",  # Kedacom
    "IPC302PL-W",  # Kedacom camera, not Uniview
    "IPC212M",  # Kedacom
    "IPC810M",  # Kedacom
    "HP 680",  # HP ink cartridge, not Hytera HP
    "680",  # HP ink cartridge written as the number
    "HP 564",  # HP ink
    "HP 680XL",  # HP ink
    "HP 682XL",  # HP ink
    "HP 62",  # HP ink
    "HP LaserJet M404dn",  # HP printer
    "DS220+",  # Synology DiskStation
    "DS923+",  # Synology
    "RS1221+",  # Synology RackStation
    "AXIS M3086-V",  # Axis
    "P1465-LE",  # Axis
    "FLEXIDOME IP 5100i",  # Bosch
    "NDE-5503-AL",  # Bosch FLEXIDOME
    "XND-8082RV",  # Hanwha Wisenet
    "PNM-9322VQP",  # Hanwha Wisenet
    "C9200L-24P-4G",  # Cisco Catalyst
    "CS-T10",  # Cisco Webex Touch 10 controller
    "CS-ROOM55",  # Cisco Webex Room 55
    "AIR-CT3504-K9",  # Cisco wireless controller, not a Huawei AC
    "C9800-L-C-K9",  # Cisco wireless controller
    "EX4300-48P",  # Juniper
    "MX204",  # Juniper
    "7005 Controller",  # Aruba controller
    "7210",  # Aruba Mobility Controller
    "AP-635",  # Aruba
    "PowerEdge R750",  # Dell
    "R740xd",  # Dell
    "PowerVault ME5024",  # Dell storage
    "GS724TP",  # NETGEAR
    "RAX50",  # NETGEAR router
    "UAP-AC-PRO",  # Ubiquiti
    "USW-24-POE",  # Ubiquiti
    "UDM-PRO",  # Ubiquiti
    "DB9",  # serial connector
    "Ranger",  # a plain word, not an Imou model
    "Cruiser",  # a plain word
    "Bullet",  # a plain word
    "A1",  # too short to be Imou
]


def _match(matcher, model):
    found = matcher.match(Device(model=model))
    return found.verdict.value, found.vendor_id, found.category


@pytest.mark.parametrize(("model", "vendor", "category"), LISTED)
def test_listed_vendor_models_are_flagged_with_their_category(matcher, model, vendor, category):
    assert _match(matcher, model) == ("flagged", vendor, category)


@pytest.mark.parametrize("model", CLEAN)
def test_look_alikes_of_clean_makers_are_not_flagged(matcher, model):
    verdict, vendor, _ = _match(matcher, model)
    assert verdict != "flagged", f"{model} flagged as {vendor}"


@pytest.mark.parametrize(
    ("model", "vendor"),
    [
        ("DS-1200", "digiever"),
        ("DS150i", "bosch"),
        ("S4048-ON", "dell"),
        ("S5248F-ON", "dell"),
        ("NVR2820", "kedacom"),
        ("NVR1822-16ND", "kedacom"),
        ("IPC302PL-W", "kedacom"),
        ("IPC2253-HN", "kedacom"),
    ],
)
def test_guards_name_the_clean_maker(matcher, model, vendor):
    assert _match(matcher, model)[:2] == ("clear", vendor)


def test_hikvision_thermal_camera_is_priced_as_a_thermal_camera(matcher):
    assert _match(matcher, "HM-TD3028T-3/QB")[2] == "thermal_camera"
    assert _match(matcher, "DS-2TD2617-6/QA")[2] == "thermal_camera"


@pytest.mark.parametrize(("make", "vendor"), [("LaView", "hikvision"), ("Amcrest", "dahua"), ("IC Realtime", "dahua")])
def test_relabel_brands_in_the_make_column_reach_review(matcher, make, vendor):
    found = matcher.match(Device(manufacturer=make))
    assert (found.verdict.value, found.vendor_id) == ("review", vendor)


def test_dev_set_figures(matcher):
    """Catch rate over the listed models and false flags over the clean look-alikes (printed with -s)."""
    caught = sum(_match(matcher, m)[:2] == ("flagged", v) for m, v, _ in LISTED)
    right_category = sum(_match(matcher, m) == ("flagged", v, c) for m, v, c in LISTED)
    false_flags = sum(_match(matcher, m)[0] == "flagged" for m in CLEAN)
    print(
        f"caught {caught}/{len(LISTED)}, category right {right_category}/{len(LISTED)}, "
        f"false flags {false_flags}/{len(CLEAN)}"
    )
    assert caught == len(LISTED) and false_flags == 0
