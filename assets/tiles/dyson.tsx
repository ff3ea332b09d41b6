<?xml version="1.0" encoding="UTF-8"?>
<tileset version="1.10" tiledversion="1.10.2" name="dyson" tilewidth="16" tileheight="16" tilecount="34" columns="8">
 <image source="dyson.png" width="128" height="80"/>
 <tile id="0">
  <properties>
   <property name="name" value="grass_top"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="1">
  <properties>
   <property name="name" value="soil"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="2">
  <properties>
   <property name="name" value="stone_top"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="3">
  <properties>
   <property name="name" value="stone"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="4">
  <properties>
   <property name="name" value="deck_top"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="5">
  <properties>
   <property name="name" value="deck_fill"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="6">
  <properties>
   <property name="name" value="pool_wall"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="7">
  <properties>
   <property name="name" value="water_top"/>
   <property name="water" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="8">
  <properties>
   <property name="name" value="water"/>
   <property name="water" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="9">
  <properties>
   <property name="name" value="floor"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="10">
  <properties>
   <property name="name" value="slab"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="11">
  <properties>
   <property name="name" value="hedge"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="12">
  <properties>
   <property name="name" value="glass_dark"/>
  </properties>
 </tile>
 <tile id="13">
  <properties>
   <property name="name" value="window_lit"/>
  </properties>
 </tile>
 <tile id="14">
  <properties>
   <property name="name" value="wall_in"/>
  </properties>
 </tile>
 <tile id="15">
  <properties>
   <property name="name" value="bookshelf"/>
  </properties>
 </tile>
 <tile id="16">
  <properties>
   <property name="name" value="desk"/>
  </properties>
 </tile>
 <tile id="17">
  <properties>
   <property name="name" value="computer"/>
  </properties>
 </tile>
 <tile id="18">
  <properties>
   <property name="name" value="sofa"/>
  </properties>
 </tile>
 <tile id="19">
  <properties>
   <property name="name" value="plant"/>
  </properties>
 </tile>
 <tile id="20">
  <properties>
   <property name="name" value="lamp"/>
  </properties>
 </tile>
 <tile id="21">
  <properties>
   <property name="name" value="palm_trunk"/>
  </properties>
 </tile>
 <tile id="22">
  <properties>
   <property name="name" value="palm_top"/>
  </properties>
 </tile>
 <tile id="23">
  <properties>
   <property name="name" value="tree"/>
  </properties>
 </tile>
 <tile id="24">
  <properties>
   <property name="name" value="fence"/>
  </properties>
 </tile>
 <tile id="25">
  <properties>
   <property name="name" value="pole"/>
  </properties>
 </tile>
 <tile id="26">
  <properties>
   <property name="name" value="diving_board"/>
   <property name="one_way" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="27">
  <properties>
   <property name="name" value="rail"/>
  </properties>
 </tile>
 <tile id="28">
  <properties>
   <property name="name" value="kitchen"/>
  </properties>
 </tile>
 <tile id="29">
  <properties>
   <property name="name" value="door"/>
  </properties>
 </tile>
 <tile id="30">
  <properties>
   <property name="name" value="painting"/>
  </properties>
 </tile>
 <tile id="31">
  <properties>
   <property name="name" value="pool_step"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="32">
  <properties>
   <property name="name" value="shrub_top"/>
  </properties>
 </tile>
 <tile id="33">
  <properties>
   <property name="name" value="shrub"/>
  </properties>
 </tile>
</tileset>
