<?xml version="1.0" encoding="UTF-8"?>
<tileset version="1.10" tiledversion="1.10.2" name="canal" tilewidth="16" tileheight="16" tilecount="25" columns="8">
 <image source="canal.png" width="128" height="64"/>
 <tile id="0">
  <properties>
   <property name="name" value="floor"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="1">
  <properties>
   <property name="name" value="floor_groove"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="2">
  <properties>
   <property name="name" value="floor_puddle"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="3">
  <properties>
   <property name="name" value="fill"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="4">
  <properties>
   <property name="name" value="fill_deep"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="5">
  <properties>
   <property name="name" value="bank"/>
  </properties>
 </tile>
 <tile id="6">
  <properties>
   <property name="name" value="bank_stain"/>
  </properties>
 </tile>
 <tile id="7">
  <properties>
   <property name="name" value="bank_top"/>
  </properties>
 </tile>
 <tile id="8">
  <properties>
   <property name="name" value="tag_a"/>
  </properties>
 </tile>
 <tile id="9">
  <properties>
   <property name="name" value="tag_b"/>
  </properties>
 </tile>
 <tile id="10">
  <properties>
   <property name="name" value="tag_c"/>
  </properties>
 </tile>
 <tile id="11">
  <properties>
   <property name="name" value="tag_d"/>
  </properties>
 </tile>
 <tile id="12">
  <properties>
   <property name="name" value="culvert"/>
  </properties>
 </tile>
 <tile id="13">
  <properties>
   <property name="name" value="lamp_head"/>
  </properties>
 </tile>
 <tile id="14">
  <properties>
   <property name="name" value="lamp_pole"/>
  </properties>
 </tile>
 <tile id="15">
  <properties>
   <property name="name" value="lamp_glow"/>
  </properties>
 </tile>
 <tile id="16">
  <properties>
   <property name="name" value="deck"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="17">
  <properties>
   <property name="name" value="deck_under"/>
  </properties>
 </tile>
 <tile id="18">
  <properties>
   <property name="name" value="rail"/>
  </properties>
 </tile>
 <tile id="19">
  <properties>
   <property name="name" value="pillar"/>
  </properties>
 </tile>
 <tile id="20">
  <properties>
   <property name="name" value="pillar_cap"/>
  </properties>
 </tile>
 <tile id="21">
  <properties>
   <property name="name" value="street"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="22">
  <properties>
   <property name="name" value="earth"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="23">
  <properties>
   <property name="name" value="sign"/>
  </properties>
 </tile>
 <tile id="24">
  <properties>
   <property name="name" value="low_beam"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
</tileset>
